using Eci.Modules.Inventory.Domain;
using Eci.Shared.Idempotency;
using FluentValidation;

namespace Eci.Modules.Inventory.Features.ReceiveStock;

internal sealed class ReceiveStockValidator : AbstractValidator<ReceiveStock>
{
    public ReceiveStockValidator()
    {
        RuleFor(x => x.ProductId).NotNull().GreaterThan(0);
        RuleFor(x => x.Warehouse).NotEmpty().MaximumLength(Warehouse.CodeMaxLength);
        RuleFor(x => x.Amount).NotNull().InclusiveBetween(1, StockLimits.MaxPerRequest).OverridePropertyName("quantity");
        RuleFor(x => x.Reason).MaximumLength(500);
        RuleFor(x => x.IdempotencyKey).MaximumLength(IdempotentRequest.MaxKeyLength);
    }
}
