using Microsoft.EntityFrameworkCore;

namespace Eci.Shared.Persistence;

public static class IdentitySequences
{
    /// <summary>
    /// After rows were inserted with explicit ids, moves PostgreSQL's identity sequence past the largest id so the
    /// next generated id does not collide. SQLite derives the next id from the table and needs nothing.
    /// The names are the module's own constants, never user input.
    /// </summary>
    public static async Task ResyncIdentityAsync(this DbContext db, string schema, string table, string column, CancellationToken cancellationToken)
    {
        if (!db.Database.IsNpgsql())
        {
            return;
        }

        var sql = "SELECT setval(pg_get_serial_sequence('" + schema + "." + table + "', '" + column + "'), " +
                  "COALESCE((SELECT MAX(" + column + ") FROM " + schema + "." + table + "), 0) + 1, false)";
        await db.Database.ExecuteSqlRawAsync(sql, cancellationToken);
    }
}
