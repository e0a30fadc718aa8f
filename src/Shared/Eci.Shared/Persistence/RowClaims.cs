using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace Eci.Shared.Persistence;

/// <summary>
/// Claims a batch of due rows for the open transaction, so that other replicas working the same table skip them: on
/// PostgreSQL and MySQL the rows are locked <c>FOR UPDATE SKIP LOCKED</c>; SQLite has no row locks but serialises
/// writers, so there the open write transaction is the claim and the rows are read as they are.
/// </summary>
public static class RowClaims
{
    /// <param name="db">The context whose transaction holds the claim.</param>
    /// <param name="due">The rows to claim, filtered and in the order to claim them (what SQLite reads).</param>
    /// <param name="dueSql">The same filter in SQL over the table's columns; its interpolated values become parameters.</param>
    /// <param name="orderSql">The same order in SQL, e.g. <c>occurred_at, id</c>.</param>
    /// <param name="limit">The most rows to claim.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public static Task<List<TEntity>> ClaimAsync<TEntity>(
        this DbContext db, IQueryable<TEntity> due, FormattableString dueSql, string orderSql, int limit, CancellationToken cancellationToken)
        where TEntity : class
    {
        if (db.Database.RunsOnSqlite())
        {
            return due.Take(limit).ToListAsync(cancellationToken);
        }

        var sql = string.Create(
            CultureInfo.InvariantCulture,
            $"SELECT * FROM {db.TableOf<TEntity>()} WHERE {dueSql.Format} ORDER BY {orderSql} LIMIT {limit} FOR UPDATE SKIP LOCKED");
        return db.Set<TEntity>().FromSqlRaw(sql, dueSql.GetArguments()!).ToListAsync(cancellationToken);
    }
}
