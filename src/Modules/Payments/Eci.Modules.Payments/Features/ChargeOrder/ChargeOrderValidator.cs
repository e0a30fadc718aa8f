using Eci.Modules.Payments.Domain;
using Eci.Shared.Validation;
using FluentValidation;

namespace Eci.Modules.Payments.Features.ChargeOrder;

internal sealed class ChargeOrderValidator : AbstractValidator<Contracts.ChargeOrder>
{
    public ChargeOrderValidator()
    {
        RuleFor(x => x.OrderId).NotEmpty();
        RuleFor(x => x.CustomerId).GreaterThan(0);
        RuleFor(x => x.Amount.Minor).GreaterThan(0).OverridePropertyName("amount");
        RuleFor(x => x.Amount.Currency).KnownCurrency().OverridePropertyName("currency");
        RuleFor(x => x.Method).NotEmpty().Must(m => PaymentMethods.All.Contains(PaymentMethods.Normalize(m)))
            .WithMessage($"'method' must be one of {string.Join(", ", PaymentMethods.All)}.");
        RuleFor(x => x.PaymentToken).MaximumLength(100);
    }
}
