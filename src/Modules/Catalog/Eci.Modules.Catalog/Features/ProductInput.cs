using Eci.Modules.Catalog.Domain;
using Eci.Shared.Contracts;
using Eci.Shared.Validation;
using FluentValidation;
using FluentValidation.Results;

namespace Eci.Modules.Catalog.Features;

/// <summary>The product fields a client sends on create and update; nullable so a missing field is a 422, not a 400.</summary>
internal interface IProductInput
{
    string? Sku { get; }

    string? Name { get; }

    string? Description { get; }

    string? Category { get; }

    decimal? Price { get; }

    string? Currency { get; }

    bool? IsActive { get; }
}

internal static class ProductInput
{
    /// <summary>The details to store, after validation; absent optional fields come from <paramref name="fallback"/>.</summary>
    /// <remarks>
    /// The validator checks the price against the default currency when none is sent; an update that keeps a stored
    /// currency is checked here, against that currency.
    /// </remarks>
    public static ProductDetails ToDetails(this IProductInput input, string defaultCurrency, Product? fallback = null)
    {
        var currency = input.Currency ?? fallback?.Currency ?? defaultCurrency;
        if (!Money.TryFromDecimal(input.Price!.Value, currency, out var price))
        {
            throw new ValidationException([new ValidationFailure("price", $"The amount has more decimals than {currency} allows, or is too large.")]);
        }

        return new(input.Sku!, input.Name!, input.Description ?? fallback?.Description, input.Category!, price,
            input.IsActive ?? fallback?.IsActive ?? true);
    }
}

internal class ProductInputValidator<T> : AbstractValidator<T>
    where T : IProductInput
{
    public ProductInputValidator(string defaultCurrency)
    {
        RuleFor(x => x.Sku).NotEmpty().MaximumLength(Product.SkuMaxLength)
            .Matches("^[A-Za-z0-9][A-Za-z0-9._-]*$").WithMessage("A SKU is letters, digits, '.', '_' and '-'.");
        RuleFor(x => x.Name).Must(s => !string.IsNullOrWhiteSpace(s)).WithMessage("'{PropertyName}' must not be empty.")
            .MaximumLength(Product.NameMaxLength);
        RuleFor(x => x.Description).MaximumLength(Product.DescriptionMaxLength);
        RuleFor(x => x.Category).Must(s => !string.IsNullOrWhiteSpace(s)).WithMessage("'{PropertyName}' must not be empty.")
            .MaximumLength(Product.CategoryMaxLength);
        RuleFor(x => x.Price).NotNull().GreaterThanOrEqualTo(0)
            .FitsCurrency(x => x.Currency ?? defaultCurrency);
        RuleFor(x => x.Currency).KnownCurrency().When(x => x.Currency is not null);
    }
}
