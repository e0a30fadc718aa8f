using Eci.Modules.Customers.Persistence;
using Eci.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Eci.Modules.Customers.Tests;

internal static class CustomersHost
{
    /// <summary>The module's own DbContext, for checks the public surface cannot make.</summary>
    public static Task<T> WithCustomersDbAsync<T>(this HostFixture host, Func<CustomersDbContext, Task<T>> work) =>
        host.InScopeAsync(async sp => await work(sp.GetRequiredService<CustomersDbContext>()));
}
