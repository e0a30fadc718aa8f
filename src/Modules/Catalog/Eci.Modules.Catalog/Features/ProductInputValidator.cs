using Eci.Modules.Catalog.Domain;
using Eci.Shared.Validation;
using FluentValidation;

namespace Eci.Modules.Catalog.Features;

internal class ProductInputValidator<T> : AbstractValidator<T>
    where T : IProductInput
{
    // currencyWhenOmitted: The currency of a price sent without one, or null when only the handler knows it (an update
    // keeps the stored one).
    public ProductInputValidator(string? currencyWhenOmitted)
    {
        RuleFor(x => x.Sku).NotEmpty().MaximumLength(Product.SkuMaxLength)
            .Matches("^[A-Za-z0-9][A-Za-z0-9._-]*$").WithMessage("A SKU is letters, digits, '.', '_' and '-'.");
        RuleFor(x => x.Name).Must(s => !string.IsNullOrWhiteSpace(s)).WithMessage("'{PropertyName}' must not be empty.")
            .MaximumLength(Product.NameMaxLength);
        RuleFor(x => x.Description).MaximumLength(Product.DescriptionMaxLength);
        RuleFor(x => x.Category).Must(s => !string.IsNullOrWhiteSpace(s)).WithMessage("'{PropertyName}' must not be empty.")
            .MaximumLength(Product.CategoryMaxLength);
        RuleFor(x => x.Price).NotNull().GreaterThanOrEqualTo(0)
            .FitsCurrency(x => x.Currency ?? currencyWhenOmitted)
            .When(x => x.Currency is not null || currencyWhenOmitted is not null, ApplyConditionTo.CurrentValidator);
        RuleFor(x => x.Currency).KnownCurrency().When(x => x.Currency is not null);
    }
}
