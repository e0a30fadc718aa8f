using Microsoft.EntityFrameworkCore;

namespace Eci.Shared.Persistence;

public static class TableNames
{
    /// <summary>
    /// The table of an entity as raw SQL must name it: schema-qualified on PostgreSQL, bare on SQLite. The name comes
    /// from the EF model, never from input, so it is safe to put into SQL text.
    /// </summary>
    public static string TableOf<TEntity>(this DbContext db)
    {
        var entity = db.Model.FindEntityType(typeof(TEntity)) ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not mapped.");
        var table = entity.GetTableName()!;
        return db.Database.RunsOnPostgres() && entity.GetSchema() is { } schema ? $"{schema}.{table}" : table;
    }
}
