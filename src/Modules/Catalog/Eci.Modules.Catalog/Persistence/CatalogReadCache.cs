using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Eci.Modules.Catalog.Persistence;

// Anonymous product reads (list, search, one product) are answered from the output cache for
// Modules:Catalog:ReadCacheSeconds (10; 0 turns it off). Every catalog write evicts them on the replica that made it;
// other replicas may show the old entry until it expires. Orders never read prices from this cache.
internal sealed class CatalogReadCache(IOutputCacheStore store)
{
    public const string Policy = "catalog-reads";
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
        services.AddSingleton<CatalogReadCache>();
    }

    // Drops every cached read after a change to the catalog.
    public ValueTask InvalidateAsync(CancellationToken cancellationToken) => store.EvictByTagAsync(Tag, cancellationToken);
}
