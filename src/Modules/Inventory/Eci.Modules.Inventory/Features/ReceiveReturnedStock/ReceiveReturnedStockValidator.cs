using Eci.Modules.Inventory.Contracts;
using Eci.Modules.Inventory.Domain;
using FluentValidation;

namespace Eci.Modules.Inventory.Features.ReceiveReturnedStock;

internal sealed class ReceiveReturnedStockValidator : AbstractValidator<Contracts.ReceiveReturnedStock>
{
    public ReceiveReturnedStockValidator()
    {
        RuleFor(x => x.Lines).NotEmpty();
        RuleForEach(x => x.Lines).ChildRules(line =>
        {
            line.RuleFor(l => l.ProductId).GreaterThan(0);
            line.RuleFor(l => l.Warehouse).NotEmpty().MaximumLength(Warehouse.CodeMaxLength);
            line.RuleFor(l => l.Quantity).InclusiveBetween(1, StockLimits.MaxPerRequest);
            line.RuleFor(l => l.Disposition).Must(d => StockDispositions.All.Contains(d))
                .WithMessage($"'disposition' must be one of {string.Join(", ", StockDispositions.All)}.");
        });
    }
}
