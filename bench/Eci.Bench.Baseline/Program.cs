using Npgsql;

// The lean baseline for ECI's catalog reads and liveness: the least an ASP.NET Core app can do to give the same answers.
// What ECI spends on top of this is its own cost (see docs/benchmarks.md).
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var connectionString = builder.Configuration.GetConnectionString("Catalog")
    ?? throw new InvalidOperationException("ConnectionStrings:Catalog is not set.");
// A pool of a few connections per core (more backends than cores only queue inside PostgreSQL on this machine) and
// statements prepared once per connection: what a tuned app would run with. The connection string may say otherwise.
var settings = new NpgsqlConnectionStringBuilder(connectionString);
if (!connectionString.Contains("pool size", StringComparison.OrdinalIgnoreCase))
{
    settings.MaxPoolSize = 4 * Environment.ProcessorCount;
}

if (!connectionString.Contains("auto prepare", StringComparison.OrdinalIgnoreCase))
{
    settings.MaxAutoPrepare = 20;
}

// It keeps no session state, so a connection goes back to the pool without the reset statements (as ECI's do).
if (!connectionString.Contains("reset", StringComparison.OrdinalIgnoreCase))
{
    settings.NoResetOnClose = true;
}

builder.Services.AddSingleton(_ => NpgsqlDataSource.Create(settings));
var app = builder.Build();

// ECI's /health/live body (no checks run), as bytes: a bare endpoint, to measure the host's middleware tax against.
var live = """{"status":"healthy","duration_ms":0.0,"checks":{}}"""u8.ToArray();
app.MapGet("/health/live", () => TypedResults.Bytes(live, "application/json"));
app.MapGet("/health/ready", () => TypedResults.Ok());
app.MapGet("/v1/products", (NpgsqlDataSource db, int? page, int? page_size, CancellationToken ct) =>
    CatalogQueries.PageAsync(db, new ProductFilter(), page ?? 1, page_size ?? 20, ct));
app.MapGet("/v1/products/search", (NpgsqlDataSource db, string? name, string? category, decimal? min_price, decimal? max_price, int? page, int? page_size, CancellationToken ct) =>
    CatalogQueries.PageAsync(db, new ProductFilter(name, category, min_price, max_price), page ?? 1, page_size ?? 20, ct));
app.Run();
