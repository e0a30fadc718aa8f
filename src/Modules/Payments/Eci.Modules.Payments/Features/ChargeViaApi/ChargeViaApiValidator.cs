using Eci.Modules.Payments.Domain;
using Eci.Shared.Idempotency;
using Eci.Shared.Validation;
using FluentValidation;
using Microsoft.Extensions.Options;

namespace Eci.Modules.Payments.Features.ChargeViaApi;

internal sealed class ChargeViaApiValidator : AbstractValidator<ChargeViaApi>
{
    public ChargeViaApiValidator(IOptions<PaymentsOptions> options)
    {
        var defaultCurrency = options.Value.DefaultCurrency;
        RuleFor(x => x.Request.OrderId).NotEmpty().MaximumLength(100).OverridePropertyName("order_id");
        RuleFor(x => x.Request.Amount).NotNull().GreaterThan(0).LessThanOrEqualTo(1_000_000_000)
            .FitsCurrency(x => x.Request.Currency ?? defaultCurrency).OverridePropertyName("amount");
        RuleFor(x => x.Request.Currency).KnownCurrency().When(x => x.Request.Currency is not null).OverridePropertyName("currency");
        RuleFor(x => x.Request.CustomerId).GreaterThan(0).OverridePropertyName("customer_id");
        RuleFor(x => x.Request.Method).Must(m => m is null || PaymentMethods.All.Contains(PaymentMethods.Normalize(m)))
            .WithMessage($"'method' must be one of {string.Join(", ", PaymentMethods.All)}.").OverridePropertyName("method");
        RuleFor(x => x.Request.PaymentToken).MaximumLength(100).OverridePropertyName("payment_token");
        RuleFor(x => x.IdempotencyKey).MaximumLength(IdempotentRequest.MaxKeyLength).OverridePropertyName("idempotency_key");
    }
}
