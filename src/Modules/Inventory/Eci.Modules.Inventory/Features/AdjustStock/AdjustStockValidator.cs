using Eci.Modules.Inventory.Domain;
using Eci.Shared.Idempotency;
using FluentValidation;

namespace Eci.Modules.Inventory.Features.AdjustStock;

internal sealed class AdjustStockValidator : AbstractValidator<AdjustStock>
{
    public AdjustStockValidator()
    {
        RuleFor(x => x.ProductId).NotNull().GreaterThan(0);
        RuleFor(x => x.Warehouse).NotEmpty().MaximumLength(Warehouse.CodeMaxLength);
        RuleFor(x => x.Delta).NotNull().NotEqual(0).InclusiveBetween(-StockLimits.MaxPerRequest, StockLimits.MaxPerRequest);
        RuleFor(x => x.Reason).NotEmpty().MaximumLength(500);
        RuleFor(x => x.IdempotencyKey).MaximumLength(IdempotentRequest.MaxKeyLength);
    }
}
