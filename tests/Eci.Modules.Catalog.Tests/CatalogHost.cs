using Eci.Modules.Catalog.Persistence;
using Eci.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Eci.Modules.Catalog.Tests;

internal static class CatalogHost
{
    /// <summary>The module's own DbContext, for checks the public surface cannot make.</summary>
    public static Task<T> WithCatalogDbAsync<T>(this HostFixture host, Func<CatalogDbContext, Task<T>> work) =>
        host.InScopeAsync(async sp => await work(sp.GetRequiredService<CatalogDbContext>()));
}
