using System.Linq.Expressions;
using Eci.Shared.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Eci.Shared.Persistence;

public static class Paging
{
    /// <summary>Counts what the filtered query matches, then reads one page of it in the given order.</summary>
    public static async Task<Page<TResponse>> ToPageAsync<T, TResponse>(
        this IQueryable<T> filtered, Func<IQueryable<T>, IOrderedQueryable<T>> order, PageRequest paging, Func<T, TResponse> map,
        CancellationToken cancellationToken)
    {
        var total = await filtered.LongCountAsync(cancellationToken);
        var items = await order(filtered).Skip(paging.Skip).Take(paging.PageSize).ToListAsync(cancellationToken);
        return new Page<TResponse>(items.Select(map).ToList(), paging.Page, paging.PageSize, total);
    }

    /// <summary>Adds the filter only when it applies (an optional query parameter was given).</summary>
    public static IQueryable<T> WhereIf<T>(this IQueryable<T> query, bool applies, Expression<Func<T, bool>> predicate) =>
        applies ? query.Where(predicate) : query;
}
