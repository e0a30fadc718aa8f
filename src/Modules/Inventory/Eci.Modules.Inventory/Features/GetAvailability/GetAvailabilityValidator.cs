using FluentValidation;

namespace Eci.Modules.Inventory.Features.GetAvailability;

internal sealed class GetAvailabilityValidator : AbstractValidator<Contracts.GetAvailability>
{
    public GetAvailabilityValidator()
    {
        RuleFor(x => x.ProductIds).NotNull();
        RuleFor(x => x.ProductIds.Count).LessThanOrEqualTo(Contracts.GetAvailability.MaxIds).OverridePropertyName("product_ids")
            .When(x => x.ProductIds is not null);
    }
}
