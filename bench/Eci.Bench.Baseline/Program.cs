using System.Text.Json;
using Npgsql;

// The catalog-read baseline: ECI's product list and search SQL (as its command log shows it) through raw Npgsql, with
// the same paging rules and the same JSON. What ECI adds on top of this is its own cost.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower);
var connectionString = builder.Configuration.GetConnectionString("Catalog")
    ?? throw new InvalidOperationException("ConnectionStrings:Catalog is not set.");
builder.Services.AddSingleton(_ => NpgsqlDataSource.Create(connectionString));
var app = builder.Build();

app.MapGet("/health/ready", () => Results.Ok());
app.MapGet("/v1/products", (NpgsqlDataSource db, int? page, int? page_size, CancellationToken ct) =>
    CatalogQueries.PageAsync(db, new ProductFilter(), page ?? 1, page_size ?? 20, ct));
app.MapGet("/v1/products/search", (NpgsqlDataSource db, string? name, string? category, decimal? min_price, decimal? max_price, int? page, int? page_size, CancellationToken ct) =>
    CatalogQueries.PageAsync(db, new ProductFilter(name, category, min_price, max_price), page ?? 1, page_size ?? 20, ct));
app.Run();
