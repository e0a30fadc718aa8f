using FluentValidation;

namespace Eci.Modules.Inventory.Features.SetThreshold;

internal sealed class SetThresholdValidator : AbstractValidator<SetThreshold>
{
    public SetThresholdValidator() => RuleFor(x => x.Threshold).InclusiveBetween(0, 1_000_000).OverridePropertyName("low_stock_threshold");
}
