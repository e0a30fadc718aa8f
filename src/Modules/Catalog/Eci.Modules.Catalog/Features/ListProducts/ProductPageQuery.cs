using System.Linq.Expressions;
using System.Reflection;
using Eci.Modules.Catalog.Domain;
using Eci.Modules.Catalog.Persistence;
using Eci.Shared.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Eci.Modules.Catalog.Features.ListProducts;

/// <summary>
/// The list and search query, compiled once per sort order: one statement reads the page and, on each of its rows,
/// the number of products that match, so a page costs one round trip instead of a count and a read. It defines the
/// list: SQLite and MySQL run it, and PostgreSQL runs the same statement written out (<see cref="ProductPageSql"/>).
/// </summary>
internal static class ProductPageQuery
{
    private delegate IAsyncEnumerable<ProductPageRow> Compiled(
        CatalogDbContext db, string? category, bool? active, string? term, string? currency, long? min, long? max, int skip, int take);

    // The matching products; each parameter left null drops its condition from the SQL (EF Core caches one
    // statement per combination of null parameters).
    private static readonly Expression<Func<CatalogDbContext, string?, bool?, string?, string?, long?, long?, IQueryable<Product>>> Matching =
        (db, category, active, term, currency, min, max) => db.Products
            .Where(p => category == null || p.CategoryKey == category)
            .Where(p => active == null || p.IsActive == active)
            .Where(p => term == null || p.SearchName.Contains(term))
            .Where(p => currency == null || p.Currency == currency)
            .Where(p => min == null || p.PriceMinor >= min)
            .Where(p => max == null || p.PriceMinor <= max);

    private static readonly ConstructorInfo RowConstructor = typeof(ProductPageRow).GetConstructor([typeof(ProductResponse), typeof(long)])!;

    private static readonly CompiledPerModel<Dictionary<(string Sort, bool Descending), Compiled>> Queries = new(() => new[]
    {
        ("id", Key(p => p.Id)),
        ("name", Key(p => p.SearchName)),
        ("price", Key(p => p.PriceMinor)),
        ("created_at", Key(p => p.CreatedAt)),
    }.SelectMany(s => new[] { false, true }.Select(descending => (s.Item1, descending, s.Item2)))
        .ToDictionary(q => (q.Item1, q.descending), q => Compile(q.Item3, q.descending)));

    /// <summary>The rows of one page in the given order (the product id breaking ties); <paramref name="sort"/> is validated already.</summary>
    public static async Task<List<ProductPageRow>> ReadAsync(
        CatalogDbContext db, ProductFilter filter, string? sort, bool descending, int skip, int take, CancellationToken cancellationToken)
    {
        var query = Queries.For(db)[(sort?.ToLowerInvariant() ?? "id", descending)];
        return await query(db, filter.CategoryKey, filter.IsActive, filter.SearchTerm, filter.Currency, filter.MinPriceMinor,
            filter.MaxPriceMinor, skip, take).ToListAsync(cancellationToken);
    }

    private static LambdaExpression Key<TKey>(Expression<Func<Product, TKey>> key) => key;

    // Matching, ordered by the key and then the id, one page of it read as the answer's columns, and on each row
    // Matching counted: the filter is one expression used twice, so the page and its total cannot disagree on what
    // matches.
    private static Compiled Compile(LambdaExpression key, bool descending)
    {
        var matching = Matching.Body;
        var skip = Expression.Parameter(typeof(int), "skip");
        var take = Expression.Parameter(typeof(int), "take");
        Expression<Func<Product, int>> byId = p => p.Id;

        var page = Call(nameof(EntityFrameworkQueryableExtensions.AsNoTracking), typeof(EntityFrameworkQueryableExtensions), [typeof(Product)], matching);
        page = Call(descending ? nameof(Queryable.OrderByDescending) : nameof(Queryable.OrderBy), typeof(Queryable), [typeof(Product), key.ReturnType], page, Expression.Quote(key));
        page = Call(descending ? nameof(Queryable.ThenByDescending) : nameof(Queryable.ThenBy), typeof(Queryable), [typeof(Product), typeof(int)], page, Expression.Quote(byId));
        page = Call(nameof(Queryable.Skip), typeof(Queryable), [typeof(Product)], page, skip);
        page = Call(nameof(Queryable.Take), typeof(Queryable), [typeof(Product)], page, take);
        var total = Call(nameof(Queryable.LongCount), typeof(Queryable), [typeof(Product)], matching);
        var row = Expression.New(RowConstructor, ProductResponse.Columns.Body, total);
        page = Call(nameof(Queryable.Select), typeof(Queryable), [typeof(Product), typeof(ProductPageRow)], page,
            Expression.Quote(Expression.Lambda<Func<Product, ProductPageRow>>(row, ProductResponse.Columns.Parameters)));

        var query = Expression.Lambda<Func<CatalogDbContext, string?, bool?, string?, string?, long?, long?, int, int, IQueryable<ProductPageRow>>>(
            page, [.. Matching.Parameters, skip, take]);
        return new Compiled(EF.CompileAsyncQuery(query));
    }

    private static MethodCallExpression Call(string method, Type type, Type[] typeArguments, params Expression[] arguments) =>
        Expression.Call(type, method, typeArguments, arguments);
}
