using Eci.Modules.Catalog.Domain;
using Eci.Shared.Validation;
using FluentValidation;
using Microsoft.Extensions.Options;

namespace Eci.Modules.Catalog.Features.ListProducts;

internal sealed class ListProductsValidator : AbstractValidator<ListProducts>
{
    public ListProductsValidator(IOptions<CatalogOptions> options)
    {
        var defaultCurrency = options.Value.DefaultCurrency;
        this.ValidPaging(x => x.Paging);
        RuleFor(x => x.Sort)
            .Must(s => s is null || ListProducts.SortFields.Contains(s.ToLowerInvariant()))
            .WithMessage($"'sort' must be one of {string.Join(", ", ListProducts.SortFields)}.");
        RuleFor(x => x.Order)
            .Must(o => o is null || ListProducts.Orders.Contains(o.ToLowerInvariant()))
            .WithMessage("'order' must be asc or desc.");
        RuleFor(x => x.Name).MaximumLength(Product.NameMaxLength);
        RuleFor(x => x.Category).MaximumLength(Product.CategoryMaxLength);
        RuleFor(x => x.Currency).KnownCurrency().When(x => x.Currency is not null);
        RuleFor(x => x.MinPrice).GreaterThanOrEqualTo(0).FitsCurrency(x => x.Currency ?? defaultCurrency);
        RuleFor(x => x.MaxPrice).GreaterThanOrEqualTo(0).FitsCurrency(x => x.Currency ?? defaultCurrency);
        RuleFor(x => x.MaxPrice).GreaterThanOrEqualTo(x => x.MinPrice)
            .When(x => x.MinPrice is not null && x.MaxPrice is not null)
            .WithMessage("'max_price' must not be below 'min_price'.");
    }
}
