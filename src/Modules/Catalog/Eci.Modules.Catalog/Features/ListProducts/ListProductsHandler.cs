using Eci.Modules.Catalog.Persistence;
using Eci.Shared.Contracts;
using Eci.Shared.Persistence;
using Mediator;
using Microsoft.Extensions.Options;

namespace Eci.Modules.Catalog.Features.ListProducts;

internal sealed class ListProductsHandler(CatalogDbContext db, IOptions<CatalogOptions> options)
    : IQueryHandler<ListProducts, Page<ProductResponse>>
{
    public async ValueTask<Page<ProductResponse>> Handle(ListProducts query, CancellationToken cancellationToken)
    {
        var filter = Filter(query);
        var descending = string.Equals(query.Order, "desc", StringComparison.OrdinalIgnoreCase);
        var paging = query.Paging;
        var rows = await ReadAsync(filter, query.Sort, descending, paging.Skip, paging.PageSize, cancellationToken);
        var total = rows.Count > 0 ? rows[0].Total
            // Past the last page there is no row to carry the total; with nothing skipped, nothing matches at all.
            : paging.Skip == 0 ? 0
            : await CountAsync(filter, cancellationToken);
        var items = new List<ProductResponse>(rows.Count);
        foreach (var row in rows)
        {
            items.Add(row.Product);
        }

        return new Page<ProductResponse>(items, paging.Page, paging.PageSize, total);
    }

    // The first page of the same query, one row long, carries the total (none when nothing matches).
    private async Task<long> CountAsync(ProductFilter filter, CancellationToken cancellationToken)
    {
        var first = await ReadAsync(filter, sort: null, descending: false, skip: 0, take: 1, cancellationToken);
        return first.Count > 0 ? first[0].Total : 0;
    }

    private Task<List<ProductPageRow>> ReadAsync(
        ProductFilter filter, string? sort, bool descending, int skip, int take, CancellationToken cancellationToken) =>
        db.Database.RunsOnPostgres()
            ? ProductPageSql.ReadAsync(db, filter, sort, descending, skip, take, cancellationToken)
            : ProductPageQuery.ReadAsync(db, filter, sort, descending, skip, take, cancellationToken);

    private ProductFilter Filter(ListProducts query)
    {
        var category = string.IsNullOrWhiteSpace(query.Category) ? null : query.Category.Trim().ToUpperInvariant();
        var term = string.IsNullOrWhiteSpace(query.Name) ? null : query.Name.Trim().ToUpperInvariant();
        if (query.MinPrice is null && query.MaxPrice is null)
        {
            return new ProductFilter(category, query.IsActive, term, null, null, null);
        }

        // Price bounds are in Currency (the catalog's default when absent) and only match products priced in it.
        var currency = (query.Currency ?? options.Value.DefaultCurrency).ToUpperInvariant();
        return new ProductFilter(
            category,
            query.IsActive,
            term,
            currency,
            query.MinPrice is { } min ? Money.FromDecimal(min, currency).Minor : null,
            query.MaxPrice is { } max ? Money.FromDecimal(max, currency).Minor : null);
    }
}
