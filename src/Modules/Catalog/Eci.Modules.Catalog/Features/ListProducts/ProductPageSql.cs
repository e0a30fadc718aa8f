using System.Data;
using System.Data.Common;
using System.Text;
using Eci.Modules.Catalog.Persistence;
using Eci.Shared.Contracts;
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

    private static readonly string[] SortColumns = ["id", "search_name", "price_minor", "created_at"];

    // One statement per shape: which filters are present, the sort column and its direction.
    private static readonly string?[] Statements = new string?[(1 << 6) * SortColumns.Length * 2];

    public static async Task<List<ProductPageRow>> ReadAsync(
        CatalogDbContext db, ProductFilter filter, string? sort, bool descending, int skip, int take, CancellationToken cancellationToken)
    {
        var database = db.Database;
        await database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = database.GetDbConnection().CreateCommand();
            command.Transaction = database.CurrentTransaction?.GetDbTransaction();
            command.CommandText = Statement(filter, SortIndex(sort), descending);
            Bind(command, filter, skip, take);
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
            await database.CloseConnectionAsync();
        }
    }

    private static int SortIndex(string? sort) => sort?.ToLowerInvariant() switch
    {
        null or "id" => 0,
        "name" => 1,
        "price" => 2,
        "created_at" => 3,
        _ => throw new ArgumentOutOfRangeException(nameof(sort), sort, "Not a sort field."),
    };

    private static string Statement(ProductFilter filter, int sort, bool descending)
    {
        var present = (filter.CategoryKey is null ? 0 : 1) | (filter.IsActive is null ? 0 : 2) | (filter.SearchTerm is null ? 0 : 4)
            | (filter.Currency is null ? 0 : 8) | (filter.MinPriceMinor is null ? 0 : 16) | (filter.MaxPriceMinor is null ? 0 : 32);
        var slot = (((present * SortColumns.Length) + sort) * 2) + (descending ? 1 : 0);
        return Statements[slot] ??= Write(present, SortColumns[sort], descending ? " DESC" : string.Empty);
    }

    private static string Write(int present, string sortColumn, string direction) =>
        new StringBuilder("SELECT ").Append(Columns)
            .Append(", (SELECT count(*) FROM ").Append(Table).Append(" AS c").Append(Where(present, "c")).Append(") AS total")
            .Append(" FROM ").Append(Table).Append(" AS p").Append(Where(present, "p"))
            .Append(" ORDER BY p.").Append(sortColumn).Append(direction).Append(", p.id").Append(direction)
            .Append(" LIMIT @take OFFSET @skip")
            .ToString();

    private static string Where(int present, string alias)
    {
        var conditions = new List<string>(6);
        Add(1, $"{alias}.category_key = @category");
        Add(2, $"{alias}.is_active = @active");
        Add(4, $"strpos({alias}.search_name, @term) > 0");
        Add(8, $"{alias}.currency = @currency");
        Add(16, $"{alias}.price_minor >= @min");
        Add(32, $"{alias}.price_minor <= @max");
        return conditions.Count == 0 ? string.Empty : " WHERE " + string.Join(" AND ", conditions);

        void Add(int bit, string condition)
        {
            if ((present & bit) != 0)
            {
                conditions.Add(condition);
            }
        }
    }

    private static void Bind(DbCommand command, ProductFilter filter, int skip, int take)
    {
        Parameter(command, "category", filter.CategoryKey);
        Parameter(command, "active", filter.IsActive);
        Parameter(command, "term", filter.SearchTerm);
        // character(3), as the column: a text parameter would compare the column as text and miss its indexes.
        Parameter(command, "currency", filter.Currency, DbType.StringFixedLength);
        Parameter(command, "min", filter.MinPriceMinor);
        Parameter(command, "max", filter.MaxPriceMinor);
        Parameter(command, "skip", skip);
        Parameter(command, "take", take);
    }

    private static void Parameter(DbCommand command, string name, object? value, DbType? type = null)
    {
        if (value is null)
        {
            return;
        }

        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        if (type is { } dbType)
        {
            parameter.DbType = dbType;
        }

        command.Parameters.Add(parameter);
    }

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
}
