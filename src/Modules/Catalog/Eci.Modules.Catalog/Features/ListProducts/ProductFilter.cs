namespace Eci.Modules.Catalog.Features.ListProducts;

/// <summary>What the list and search filter on; a null value does not filter. Keys are already upper case, prices in minor units.</summary>
internal sealed record ProductFilter(string? CategoryKey, bool? IsActive, string? SearchTerm, string? Currency, long? MinPriceMinor, long? MaxPriceMinor);
