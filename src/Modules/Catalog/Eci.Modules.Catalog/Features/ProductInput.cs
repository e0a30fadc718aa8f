using Eci.Modules.Catalog.Domain;
using Eci.Shared.Contracts;
using FluentValidation;
using FluentValidation.Results;

namespace Eci.Modules.Catalog.Features;

internal static class ProductInput
{
    // The details to store, after validation; absent optional fields come from fallback. The validator checks a price
    // sent without a currency only when it knows the currency that applies (the default, on create); an update that
    // keeps the stored currency is checked here, against that currency.
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
