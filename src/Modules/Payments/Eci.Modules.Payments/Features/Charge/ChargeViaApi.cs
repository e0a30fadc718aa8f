using System.Security.Cryptography;
using System.Text;
using Eci.Modules.Payments.Contracts;
using Eci.Modules.Payments.Domain;
using Eci.Shared.Auth;
using Eci.Shared.Contracts;
using Eci.Shared.Idempotency;
using Eci.Shared.Validation;
using FluentValidation;
using Mediator;
using Microsoft.Extensions.Options;

namespace Eci.Modules.Payments.Features.Charge;

/// <summary>The seed API's charge: the client sends the amount and an idempotency key, which is required.</summary>
internal sealed record ChargeRequest(
    string? OrderId,
    decimal? Amount,
    string? Currency,
    int? CustomerId,
    string? Method,
    string? PaymentToken,
    string? IdempotencyKey);

internal sealed record ChargeViaApi(ChargeRequest Request, string? IdempotencyKey, Caller Caller) : ICommand<PaymentResponse>;

internal sealed class ChargeViaApiHandler(Charger charger, IOptions<PaymentsOptions> options) : ICommandHandler<ChargeViaApi, PaymentResponse>
{
    public async ValueTask<PaymentResponse> Handle(ChargeViaApi command, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(command.IdempotencyKey))
        {
            throw new IdempotencyKeyRequiredException();
        }

        var request = command.Request;
        var customerId = request.CustomerId ?? command.Caller.CustomerId ?? 0;
        if (!command.Caller.MayActFor(customerId))
        {
            throw new FluentValidation.ValidationException([new FluentValidation.Results.ValidationFailure("customer_id", "A customer may only pay for themselves.")]);
        }

        var currency = (request.Currency ?? options.Value.DefaultCurrency).ToUpperInvariant();
        var charge = new ChargeOrder(request.OrderId!, customerId, Money.FromDecimal(request.Amount!.Value, currency), request.Method!, request.PaymentToken);
        var scope = command.Caller.IsAdmin ? $"admin:{command.Caller.CustomerId}" : $"customer:{customerId}";
        var gatewayKey = "api:" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{scope}:{command.IdempotencyKey}")));
        return await charger.ChargeAsync(charge, new IdempotentRequest(command.IdempotencyKey, scope, nameof(ChargeViaApi), request with { IdempotencyKey = null }), gatewayKey, cancellationToken);
    }
}

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
        RuleFor(x => x.Request.Method).NotEmpty().Must(m => m is null || PaymentMethods.All.Contains(PaymentMethods.Normalize(m)))
            .WithMessage($"'method' must be one of {string.Join(", ", PaymentMethods.All)}.").OverridePropertyName("method");
        RuleFor(x => x.Request.PaymentToken).MaximumLength(100).OverridePropertyName("payment_token");
        RuleFor(x => x.IdempotencyKey).MaximumLength(IdempotentRequest.MaxKeyLength).OverridePropertyName("idempotency_key");
    }
}
