using Eci.Shared.Idempotency;
using FluentValidation;

namespace Eci.Modules.Orders.Features.RejectReturn;

internal sealed class RejectReturnValidator : AbstractValidator<RejectReturn>
{
    public RejectReturnValidator()
    {
        RuleFor(x => x.Reason).NotEmpty().MaximumLength(500);
        RuleFor(x => x.IdempotencyKey).MaximumLength(IdempotentRequest.MaxKeyLength);
    }
}
