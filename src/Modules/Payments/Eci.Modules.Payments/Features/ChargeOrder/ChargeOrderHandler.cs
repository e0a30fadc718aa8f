using Eci.Modules.Payments.Contracts;
using Eci.Modules.Payments.Domain;
using Eci.Shared.Idempotency;
using Eci.Shared.Validation;
using FluentValidation;
using Mediator;

namespace Eci.Modules.Payments.Features.Charge;

/// <summary>The charge other modules ask for: keyed by the order, so the same order is never charged twice.</summary>
internal sealed class ChargeOrderHandler(Charger charger) : ICommandHandler<ChargeOrder, PaymentDto>
{
    public async ValueTask<PaymentDto> Handle(ChargeOrder command, CancellationToken cancellationToken)
    {
        var key = $"order:{command.OrderId}";
        var payment = await charger.ChargeAsync(command, new IdempotentRequest(key, "system", nameof(ChargeOrder), command), key + ":charge", cancellationToken);
        return payment.ToDto();
    }
}

internal sealed class ChargeOrderValidator : AbstractValidator<ChargeOrder>
{
    public ChargeOrderValidator()
    {
        RuleFor(x => x.OrderId).NotEmpty().MaximumLength(100);
        RuleFor(x => x.CustomerId).GreaterThan(0);
        RuleFor(x => x.Amount.Minor).GreaterThan(0).OverridePropertyName("amount");
        RuleFor(x => x.Amount.Currency).KnownCurrency().OverridePropertyName("currency");
        RuleFor(x => x.Method).NotEmpty().Must(m => PaymentMethods.All.Contains(PaymentMethods.Normalize(m)))
            .WithMessage($"'method' must be one of {string.Join(", ", PaymentMethods.All)}.");
        RuleFor(x => x.PaymentToken).MaximumLength(100);
    }
}
