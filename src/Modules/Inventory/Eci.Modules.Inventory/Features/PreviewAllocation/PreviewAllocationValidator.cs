using FluentValidation;

namespace Eci.Modules.Inventory.Features.PreviewAllocation;

internal sealed class PreviewAllocationValidator : AbstractValidator<PreviewAllocation>
{
    public PreviewAllocationValidator() => RuleFor(x => x.Request).SetValidator(new HoldStock.HoldStockValidator());
}
