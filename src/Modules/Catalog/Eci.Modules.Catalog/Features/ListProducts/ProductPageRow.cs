namespace Eci.Modules.Catalog.Features.ListProducts;

/// <summary>A product on a page as the API shows it, with how many products the filter matches in all.</summary>
internal sealed record ProductPageRow(ProductResponse Product, long Total);
