using System.Collections.Concurrent;
using System.Data;
using System.Data.Common;
using System.Globalization;
using System.Text;
using Eci.Modules.Catalog.Persistence;
using Eci.Shared.Contracts;
using Eci.Shared.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Eci.Modules.Catalog.Features.ListProducts;

/// <summary>
/// The list and search read on PostgreSQL: the statement <see cref="ProductPageQuery"/> has EF Core send (the page and,
/// on each of its rows, how many products match), written out and run with ADO.NET on the context's own connection.
/// EF Core's work around each command was as much host CPU as the rest of an uncached page (ADR 0059).
/// <see cref="ProductPageQuery"/> stays the definition: SQLite and MySQL run it, and a test holds the two to the same
/// pages on PostgreSQL.
/// </summary>
internal static class ProductPageSql
{
    private const string Columns =
        "p.id, p.sku, p.name, p.description, p.category, p.price_minor, p.currency, p.is_active, p.created_at, p.updated_at, p.version";

    private const string Table = CatalogDbContext.Schema + ".products";

    // The six filters, each with its condition (for the table's alias and its parameter's placeholder) and its value; a
    // null value leaves it out. The placeholders are positional ($1, $2, ...): with no named parameter Npgsql sends the
    // statement as written rather than parse it on every call to rewrite names into positions.
    private static readonly Condition[] Conditions =
    [
        new((a, p) => $"{a}.category_key = {p}", f => f.CategoryKey),
        new((a, p) => $"{a}.is_active = {p}", f => f.IsActive),
        // LIKE costs PostgreSQL less per row than strpos, EF Core's translation of Contains; the term's own wildcards
        // are escaped, so it still matches as written.
        new((a, p) => $"{a}.search_name LIKE {p}", f => f.SearchTerm is { } term ? "%" + EscapeLike(term) + "%" : null),
        // Cast to the column's type: Npgsql sends every string as text, and a text parameter would compare the column
        // as text, row by row, instead of seeking the index on (category_key, currency, price_minor).
        new((a, p) => $"{a}.currency = {p}::bpchar", f => f.Currency),
        new((a, p) => $"{a}.price_minor >= {p}", f => f.MinPriceMinor),
        new((a, p) => $"{a}.price_minor <= {p}", f => f.MaxPriceMinor),
    ];

    private static readonly Dictionary<string, string> SortColumns = new(StringComparer.OrdinalIgnoreCase)
    {
        ["id"] = "id",
        ["name"] = "search_name",
        ["price"] = "price_minor",
        ["created_at"] = "created_at",
    };

    // One statement per shape: which filters are present, the sort column and its direction. The page's size and offset
    // are written into it, not sent as parameters: PostgreSQL planned the statement anew on every call when they were
    // parameters, as a generic plan's guess at an unknown LIMIT costs more than the plan for LIMIT 20, and the planning
    // cost it more CPU than the read (ADR 0061). Without a filter the statement then has no parameter at all, and its
    // plan is made once per connection. Both are integers the handler computed, never text from the request.
    private static readonly ConcurrentDictionary<(int Present, string Sort, bool Descending), string> Statements = new();

    public static async Task<List<ProductPageRow>> ReadAsync(
        CatalogDbContext db, ProductFilter filter, string? sort, bool descending, int skip, int take, CancellationToken cancellationToken)
    {
        var database = db.Database;
        var connection = database.GetDbConnection();
        // Opened here, not through EF Core's facade, which wraps the open in its execution strategy for nothing: the
        // modules configure no retrying strategy. A connection open already (a transaction's, or the caller's) stays open.
        var opened = connection.State != ConnectionState.Open;
        if (opened)
        {
            await connection.OpenAsync(cancellationToken);
        }

        try
        {
            await using var command = connection.CreateCommand();
            command.Transaction = database.CurrentTransaction?.GetDbTransaction();
            var present = 0;
            for (var i = 0; i < Conditions.Length; i++)
            {
                if (Conditions[i].Value(filter) is { } value)
                {
                    present |= 1 << i;
                    var parameter = command.CreateParameter();
                    parameter.Value = value;
                    command.Parameters.Add(parameter);
                }
            }

            var statement = Statements.GetOrAdd((present, SortColumns[sort ?? "id"], descending), Write);
            command.CommandText = string.Create(CultureInfo.InvariantCulture, $"{statement}{take} OFFSET {skip}");
            // The module's command count (eci_db_commands_total) includes this read, as it does every command EF Core sends.
            CommandCounter.CountSentPastEfCore(db);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var rows = new List<ProductPageRow>(Math.Min(take, 100));
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add(Row(reader));
            }

            return rows;
        }
        finally
        {
            if (opened)
            {
                await connection.CloseAsync();
            }
        }
    }

    private static string Write((int Present, string Sort, bool Descending) shape)
    {
        var direction = shape.Descending ? " DESC" : string.Empty;
        return new StringBuilder("SELECT ").Append(Columns)
            .Append(", (SELECT count(*) FROM ").Append(Table).Append(" AS c").Append(Where(shape.Present, "c")).Append(") AS total")
            .Append(" FROM ").Append(Table).Append(" AS p").Append(Where(shape.Present, "p"))
            .Append(" ORDER BY p.").Append(shape.Sort).Append(direction)
            .Append(shape.Sort == "id" ? string.Empty : ", p.id" + direction)
            .Append(" LIMIT ")
            .ToString();
    }

    // The present conditions in the order their parameters are added, so that the nth is $n.
    private static string Where(int present, string alias)
    {
        var conditions = Conditions.Where((_, i) => (present & (1 << i)) != 0)
            .Select((c, n) => c.Sql(alias, "$" + (n + 1).ToString(CultureInfo.InvariantCulture)))
            .ToList();
        return conditions.Count == 0 ? string.Empty : " WHERE " + string.Join(" AND ", conditions);
    }

    // PostgreSQL's LIKE escapes with a backslash by default.
    private static string EscapeLike(string term) =>
        term.Replace(@"\", @"\\", StringComparison.Ordinal).Replace("%", @"\%", StringComparison.Ordinal).Replace("_", @"\_", StringComparison.Ordinal);

    private static ProductPageRow Row(DbDataReader reader)
    {
        var currency = reader.GetString(6);
        var product = new ProductResponse(
            reader.GetInt32(0),
            reader.GetString(1),
            reader.GetString(2),
            reader.IsDBNull(3) ? null : reader.GetString(3),
            reader.GetString(4),
            new Money(reader.GetInt64(5), currency).ToDecimal(),
            currency,
            reader.GetBoolean(7),
            reader.GetDateTime(8),
            reader.GetDateTime(9))
        {
            Version = reader.GetInt32(10),
        };
        return new ProductPageRow(product, reader.GetInt64(11));
    }

    private sealed record Condition(Func<string, string, string> Sql, Func<ProductFilter, object?> Value);
}
