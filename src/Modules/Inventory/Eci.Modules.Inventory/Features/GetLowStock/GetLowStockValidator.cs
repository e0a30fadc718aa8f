using FluentValidation;

namespace Eci.Modules.Inventory.Features.GetLowStock;

internal sealed class GetLowStockValidator : AbstractValidator<Contracts.GetLowStock>
{
    public GetLowStockValidator() => RuleFor(x => x.Max).InclusiveBetween(1, Contracts.GetLowStock.MaxLimit);
}
