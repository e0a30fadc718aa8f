using Eci.Shared.Persistence;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Eci.Modules.Catalog.Persistence;

// Anonymous product reads (list, search, one product) are answered from the output cache for
// Modules:Catalog:ReadCacheSeconds (10; 0 turns it off). Every catalog write evicts them on the replica that made it
// and, on PostgreSQL, tells every replica through NOTIFY (CatalogCacheEvictionWorker, ADR 0041). Orders never read prices
// from this cache.
internal sealed class CatalogReadCache(IOutputCacheStore store, CatalogDbContext db)
{
    public const string Policy = "catalog-reads";

    /// <summary>The PostgreSQL notification channel a catalog write is announced on.</summary>
    public const string Channel = "eci_catalog_changed";

    private const string Tag = "catalog";

    public static void AddTo(IServiceCollection services, IConfiguration configuration)
    {
        var seconds = configuration.GetValue("Modules:Catalog:ReadCacheSeconds", 10);
        services.AddOutputCache(o =>
        {
            // Keeps the cache well inside the host's memory budget.
            o.SizeLimit = 32 * 1024 * 1024;
            o.AddPolicy(Policy, p =>
            {
                if (seconds > 0)
                {
                    p.Expire(TimeSpan.FromSeconds(seconds)).Tag(Tag);
                }
                else
                {
                    p.NoCache();
                }
            });
        });
        services.AddScoped<CatalogReadCache>();
    }

    /// <summary>Drops every cached read after a committed change to the catalog, here and on every other replica.</summary>
    public async Task InvalidateAsync(CancellationToken cancellationToken)
    {
        await EvictAsync(store, cancellationToken);
        if (db.Database.RunsOnPostgres())
        {
            await db.Database.ExecuteSqlRawAsync($"SELECT pg_notify('{Channel}', '')", cancellationToken);
        }
    }

    public static ValueTask EvictAsync(IOutputCacheStore store, CancellationToken cancellationToken) => store.EvictByTagAsync(Tag, cancellationToken);
}
