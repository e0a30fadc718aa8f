using Eci.Shared.Idempotency;
using FluentValidation;

namespace Eci.Modules.Payments.Features.RefundPayment;

internal sealed class RefundPaymentValidator : AbstractValidator<Contracts.RefundPayment>
{
    public RefundPaymentValidator()
    {
        RuleFor(x => x.Amount!.Value.Minor).GreaterThan(0).OverridePropertyName("amount").When(x => x.Amount is not null);
        RuleFor(x => x.Reason).NotEmpty().MaximumLength(500);
        RuleFor(x => x.IdempotencyKey).MaximumLength(IdempotentRequest.MaxKeyLength);
    }
}
