using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Eci.Shared.Persistence;

/// <summary>
/// Ids below <see cref="First"/> are reserved for imported records, which keep the ids of the system they come from;
/// ids the database generates start at <see cref="First"/>. So an account created before an import (the first admin,
/// say) can never take an id that an imported record, or a later file that refers to it, needs.
/// </summary>
public static class GeneratedIds
{
    public const int First = 1_000_000;

    private const string Annotation = "Eci:FirstGeneratedId";

    public static PropertyBuilder<int> IsGeneratedAboveImportedIds(this PropertyBuilder<int> property) =>
        property.ValueGeneratedOnAdd().HasIdentityOptions(startValue: First).HasAnnotation(Annotation, First);

    /// <summary>SQLite's AUTOINCREMENT has no start value: its counter row is set instead, once, after creation.</summary>
    internal static async Task ReserveOnSqliteAsync(DbContext db, CancellationToken cancellationToken)
    {
        var tables = db.Model.GetEntityTypes()
            .Where(e => e.GetProperties().Any(p => p.FindAnnotation(Annotation) is not null))
            .Select(e => e.GetTableName()!)
            .ToList();
        foreach (var table in tables)
        {
            await db.Database.ExecuteSqlAsync(
                $"INSERT INTO sqlite_sequence (name, seq) SELECT {table}, {First - 1} WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = {table})",
                cancellationToken);
        }
    }

    /// <summary>
    /// After an import of explicit ids, moves PostgreSQL's identity forward when an imported id reached the generated
    /// range; it never moves it back. SQLite's AUTOINCREMENT already continues above the largest id.
    /// The names are the module's own constants, never user input.
    /// </summary>
    public static async Task ResyncIdentityAsync(this DbContext db, string schema, string table, string column, CancellationToken cancellationToken)
    {
        if (!db.Database.RunsOnPostgres())
        {
            return;
        }

        var sql = $"""
            SELECT setval(x.seq, x.top + 1, false)
            FROM (SELECT pg_get_serial_sequence('{schema}.{table}', '{column}')::regclass AS seq,
                         (SELECT COALESCE(MAX({column}), 0) FROM {schema}.{table}) AS top) AS x
            WHERE x.top + 1 > COALESCE(pg_sequence_last_value(x.seq) + 1, {First})
            """;
        await db.Database.ExecuteSqlRawAsync(sql, cancellationToken);
    }
}
