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
    /// The validator checks a price sent without a currency only when it knows the currency that applies (the default,
    /// on create); an update that keeps the stored currency is checked here, against that currency.
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
    /// <param name="currencyWhenOmitted">
    /// The currency of a price sent without one, or null when only the handler knows it (an update keeps the stored one).
    /// </param>
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
