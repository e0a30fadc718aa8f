using Eci.Modules.Inventory.Domain;
using Eci.Shared.Idempotency;
using FluentValidation;

namespace Eci.Modules.Inventory.Features.StartTransfer;

internal sealed class StartTransferValidator : AbstractValidator<StartTransfer>
{
    public StartTransferValidator()
    {
        RuleFor(x => x.ProductId).NotNull().GreaterThan(0);
        RuleFor(x => x.From).NotEmpty().MaximumLength(Warehouse.CodeMaxLength);
        RuleFor(x => x.To).NotEmpty().MaximumLength(Warehouse.CodeMaxLength)
            .Must((x, to) => x.From is null || to is null || Warehouse.Normalize(to) != Warehouse.Normalize(x.From))
            .WithMessage("'to' must name another warehouse than 'from'.");
        RuleFor(x => x.Quantity).NotNull().InclusiveBetween(1, StockLimits.MaxPerRequest);
        RuleFor(x => x.Reference).MaximumLength(StockTransfer.ReferenceMaxLength);
        RuleFor(x => x.IdempotencyKey).MaximumLength(IdempotentRequest.MaxKeyLength);
    }
}
