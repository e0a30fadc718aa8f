using FluentValidation;

namespace Eci.Modules.Inventory.Features.GetAvailability;

internal sealed class GetPromisedAvailabilityValidator : AbstractValidator<GetPromisedAvailability>
{
    public GetPromisedAvailabilityValidator() => RuleFor(x => x.Quantity).GreaterThan(0);
}
