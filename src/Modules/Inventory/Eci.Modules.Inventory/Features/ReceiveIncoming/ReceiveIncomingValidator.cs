using Eci.Modules.Inventory.Domain;
using Eci.Shared.Idempotency;
using FluentValidation;

namespace Eci.Modules.Inventory.Features.ReceiveIncoming;

internal sealed class ReceiveIncomingValidator : AbstractValidator<ReceiveIncoming>
{
    public ReceiveIncomingValidator()
    {
        RuleFor(x => x.Quantity).InclusiveBetween(1, StockLimits.MaxPerRequest);
        RuleFor(x => x.IdempotencyKey).MaximumLength(IdempotentRequest.MaxKeyLength);
    }
}
