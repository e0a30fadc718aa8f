using Eci.Modules.Catalog.Domain;
using Eci.Modules.Catalog.Persistence;
using Eci.Shared.Contracts;
using Eci.Shared.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Eci.Modules.Catalog.Features.ListProducts;

internal sealed class ListProductsHandler(CatalogDbContext db, IOptions<CatalogOptions> options)
    : IQueryHandler<ListProducts, Page<ProductResponse>>
{
    public async ValueTask<Page<ProductResponse>> Handle(ListProducts query, CancellationToken cancellationToken)
    {
        return await Filter(db.Products.AsNoTracking(), query)
            .ToPageAsync(products => Sort(products, query), query.Paging, ProductResponse.From, cancellationToken);
    }

    private IQueryable<Product> Filter(IQueryable<Product> products, ListProducts query)
    {
        if (!string.IsNullOrWhiteSpace(query.Category))
        {
            var category = query.Category.Trim().ToUpperInvariant();
            products = products.Where(p => p.CategoryKey == category);
        }

        if (query.IsActive is { } active)
        {
            products = products.Where(p => p.IsActive == active);
        }

        if (!string.IsNullOrWhiteSpace(query.Name))
        {
            var term = query.Name.Trim().ToUpperInvariant();
            products = products.Where(p => p.SearchName.Contains(term));
        }

        if (query.MinPrice is null && query.MaxPrice is null)
        {
            return products;
        }

        var currency = (query.Currency ?? options.Value.DefaultCurrency).ToUpperInvariant();
        products = products.Where(p => p.Currency == currency);
        if (query.MinPrice is { } min)
        {
            var minMinor = Money.FromDecimal(min, currency).Minor;
            products = products.Where(p => p.PriceMinor >= minMinor);
        }

        if (query.MaxPrice is { } max)
        {
            var maxMinor = Money.FromDecimal(max, currency).Minor;
            products = products.Where(p => p.PriceMinor <= maxMinor);
        }

        return products;
    }

    private static IOrderedQueryable<Product> Sort(IQueryable<Product> products, ListProducts query)
    {
        var descending = string.Equals(query.Order, "desc", StringComparison.OrdinalIgnoreCase);
        var sorted = query.Sort?.ToLowerInvariant() switch
        {
            "name" => descending ? products.OrderByDescending(p => p.SearchName) : products.OrderBy(p => p.SearchName),
            "price" => descending ? products.OrderByDescending(p => p.PriceMinor) : products.OrderBy(p => p.PriceMinor),
            "created_at" => descending ? products.OrderByDescending(p => p.CreatedAt) : products.OrderBy(p => p.CreatedAt),
            _ => descending ? products.OrderByDescending(p => p.Id) : products.OrderBy(p => p.Id),
        };
        return descending ? sorted.ThenByDescending(p => p.Id) : sorted.ThenBy(p => p.Id);
    }
}
