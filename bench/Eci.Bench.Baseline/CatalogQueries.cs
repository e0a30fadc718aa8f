using System.Text.Json.Serialization;
using Npgsql;

internal sealed record ProductFilter(string? Name = null, string? Category = null, decimal? MinPrice = null, decimal? MaxPrice = null);

internal sealed record ProductRow(
    int Id, string Sku, string Name, string? Description, string Category, decimal Price, string Currency, bool IsActive, DateTime CreatedAt, DateTime UpdatedAt);

internal sealed record ProductPage(IReadOnlyList<ProductRow> Items, int Page, int PageSize, long Total);

/// <summary>ECI's JSON (snake_case), generated at build time rather than by reflection.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(ProductPage))]
internal sealed partial class BaselineJson : JsonSerializerContext;

/// <summary>The count and the page in one batch (one round trip), with the WHERE clause ECI's list query builds.</summary>
internal static class CatalogQueries
{
    private const string Columns = "p.id, p.sku, p.name, p.description, p.category, p.price_minor, p.currency, p.is_active, p.created_at, p.updated_at";

    public static async Task<IResult> PageAsync(NpgsqlDataSource db, ProductFilter filter, int page, int pageSize, CancellationToken ct)
    {
        if (page < 1 || pageSize is < 1 or > 100)
        {
            return Results.Problem(statusCode: 422, title: "Validation failed");
        }

        var (where, values) = Where(filter);
        var count = new NpgsqlBatchCommand($"SELECT count(*) FROM catalog.products AS p{where}");
        var select = new NpgsqlBatchCommand($"SELECT {Columns} FROM catalog.products AS p{where} ORDER BY p.id LIMIT ${values.Count + 1} OFFSET ${values.Count + 2}");
        foreach (var value in values)
        {
            count.Parameters.Add(new NpgsqlParameter { Value = value });
            select.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        select.Parameters.Add(new NpgsqlParameter<int> { TypedValue = pageSize });
        select.Parameters.Add(new NpgsqlParameter<int> { TypedValue = (page - 1) * pageSize });
        await using var batch = db.CreateBatch();
        batch.BatchCommands.Add(count);
        batch.BatchCommands.Add(select);
        await using var reader = await batch.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        var total = reader.GetInt64(0);
        await reader.NextResultAsync(ct);
        var items = new List<ProductRow>(pageSize);
        while (await reader.ReadAsync(ct))
        {
            items.Add(new ProductRow(
                reader.GetInt32(0), reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3), reader.GetString(4),
                reader.GetInt64(5) / 100m, reader.GetString(6), reader.GetBoolean(7), reader.GetDateTime(8), reader.GetDateTime(9)));
        }

        return TypedResults.Json(new ProductPage(items, page, pageSize, total), BaselineJson.Default.ProductPage);
    }

    private static (string Where, List<object> Values) Where(ProductFilter filter)
    {
        var clauses = new List<string>();
        var values = new List<object>();
        void Add(string clause, object value)
        {
            values.Add(value);
            clauses.Add(clause + "$" + values.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (!string.IsNullOrWhiteSpace(filter.Category))
        {
            Add("p.category_key = ", filter.Category.Trim().ToUpperInvariant());
        }

        if (!string.IsNullOrWhiteSpace(filter.Name))
        {
            Add("p.search_name LIKE ", "%" + filter.Name.Trim().ToUpperInvariant() + "%");
        }

        if (filter.MinPrice is not null || filter.MaxPrice is not null)
        {
            Add("p.currency = ", "INR");
        }

        if (filter.MinPrice is { } min)
        {
            Add("p.price_minor >= ", (long)(min * 100));
        }

        if (filter.MaxPrice is { } max)
        {
            Add("p.price_minor <= ", (long)(max * 100));
        }

        return (clauses.Count == 0 ? string.Empty : " WHERE " + string.Join(" AND ", clauses), values);
    }
}
