using Npgsql;

internal sealed record ProductFilter(string? Name = null, string? Category = null, decimal? MinPrice = null, decimal? MaxPrice = null);

internal sealed record ProductRow(
    int Id, string Sku, string Name, string? Description, string Category, decimal Price, string Currency, bool IsActive, DateTime CreatedAt, DateTime UpdatedAt);

internal sealed record ProductPage(IReadOnlyList<ProductRow> Items, int Page, int PageSize, long Total);

/// <summary>A count and a page, with the WHERE clause ECI's list query builds for the same filter.</summary>
internal static class CatalogQueries
{
    private const string Columns = "p.id, p.category, p.category_key, p.created_at, p.currency, p.description, p.is_active, p.name, p.price_minor, p.search_name, p.sku, p.sku_key, p.updated_at, p.version";

    public static async Task<IResult> PageAsync(NpgsqlDataSource db, ProductFilter filter, int page, int pageSize, CancellationToken ct)
    {
        if (page < 1 || pageSize is < 1 or > 100)
        {
            return Results.Problem(statusCode: 422, title: "Validation failed");
        }

        var (where, parameters) = Where(filter);
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var count = new NpgsqlCommand($"SELECT count(*) FROM catalog.products AS p{where}", connection);
        count.Parameters.AddRange(parameters.Select(p => p.Clone()).ToArray());
        var total = (long)(await count.ExecuteScalarAsync(ct))!;

        await using var select = new NpgsqlCommand($"SELECT {Columns} FROM catalog.products AS p{where} ORDER BY p.id LIMIT @limit OFFSET @offset", connection);
        select.Parameters.AddRange(parameters.ToArray());
        select.Parameters.AddWithValue("limit", pageSize);
        select.Parameters.AddWithValue("offset", (page - 1) * pageSize);
        var items = new List<ProductRow>(pageSize);
        await using var reader = await select.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            items.Add(new ProductRow(
                reader.GetInt32(0), reader.GetString(10), reader.GetString(7), reader.IsDBNull(5) ? null : reader.GetString(5), reader.GetString(1),
                reader.GetInt64(8) / 100m, reader.GetString(4), reader.GetBoolean(6), reader.GetDateTime(3), reader.GetDateTime(12)));
        }

        return Results.Ok(new ProductPage(items, page, pageSize, total));
    }

    private static (string Where, List<NpgsqlParameter> Parameters) Where(ProductFilter filter)
    {
        var clauses = new List<string>();
        var parameters = new List<NpgsqlParameter>();
        void Add(string clause, string name, object value)
        {
            clauses.Add(clause);
            parameters.Add(new NpgsqlParameter(name, value));
        }

        if (!string.IsNullOrWhiteSpace(filter.Category))
        {
            Add("p.category_key = @category", "category", filter.Category.Trim().ToUpperInvariant());
        }

        if (!string.IsNullOrWhiteSpace(filter.Name))
        {
            Add("p.search_name LIKE @term", "term", "%" + filter.Name.Trim().ToUpperInvariant() + "%");
        }

        if (filter.MinPrice is not null || filter.MaxPrice is not null)
        {
            Add("p.currency = @currency", "currency", "INR");
        }

        if (filter.MinPrice is { } min)
        {
            Add("p.price_minor >= @min", "min", (long)(min * 100));
        }

        if (filter.MaxPrice is { } max)
        {
            Add("p.price_minor <= @max", "max", (long)(max * 100));
        }

        return (clauses.Count == 0 ? string.Empty : " WHERE " + string.Join(" AND ", clauses), parameters);
    }
}
