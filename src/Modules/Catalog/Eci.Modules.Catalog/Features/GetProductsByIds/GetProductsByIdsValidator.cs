using FluentValidation;

namespace Eci.Modules.Catalog.Features.GetProductsByIds;

internal sealed class GetProductsByIdsValidator : AbstractValidator<Contracts.GetProductsByIds>
{
    public GetProductsByIdsValidator()
    {
        RuleFor(x => x.ProductIds).NotNull();
        RuleFor(x => x.ProductIds.Count).LessThanOrEqualTo(Contracts.GetProductsByIds.MaxIds)
            .When(x => x.ProductIds is not null).OverridePropertyName("product_ids");
    }
}
