using Eci.Shared.Idempotency;
using FluentValidation;

namespace Eci.Modules.Payments.Features.RefundViaApi;

internal sealed class RefundViaApiValidator : AbstractValidator<RefundViaApi>
{
    public RefundViaApiValidator()
    {
        RuleFor(x => x.PaymentId).NotEmpty().OverridePropertyName("payment_id");
        RuleFor(x => x.Body.Reason).NotEmpty().MaximumLength(500).OverridePropertyName("reason");
        RuleFor(x => x.IdempotencyKey).MaximumLength(IdempotentRequest.MaxKeyLength).OverridePropertyName("idempotency_key");
    }
}
