using Microsoft.EntityFrameworkCore;

namespace Eci.Shared.Persistence;

public static class TableNames
{
    /// <summary>The table of an entity as raw SQL must name it: schema-qualified on PostgreSQL, bare on SQLite.</summary>
    public static string TableOf<TEntity>(this DbContext db)
    {
        var entity = db.Model.FindEntityType(typeof(TEntity)) ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not mapped.");
        var table = entity.GetTableName()!;
        return db.Database.IsNpgsql() && entity.GetSchema() is { } schema ? $"{schema}.{table}" : table;
    }
}

public static class Transactions
{
    /// <summary>Runs work in one transaction of the module's database; nothing of it persists unless all of it does.</summary>
    public static async Task<T> InTransactionAsync<T>(this DbContext db, Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var result = await work(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }
}
