using Eci.Shared.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Eci.Shared.Tests;

public sealed class ProviderChecksShould
{
    [Theory]
    [InlineData("sqlite", "Data Source=:memory:", true, false)]
    [InlineData("postgres", "Host=localhost;Database=probe", false, true)]
    [InlineData("mysql", "Server=localhost;Database=probe", false, false)]
    public void Tell_the_engine_from_the_provider_a_module_is_configured_with(string engine, string connectionString, bool sqlite, bool postgres)
    {
        var values = new Dictionary<string, string?> { ["Database:Provider"] = engine, ["ConnectionStrings:Probe"] = connectionString };
        var services = new ServiceCollection();
        services.AddModuleDbContext<ProbeContext>(new ConfigurationBuilder().AddInMemoryCollection(values).Build(), "Probe", "probe");
        using var provider = services.BuildServiceProvider();
        using var scope = provider.CreateScope();

        // Asked without a connection: the answer comes from the provider's name alone.
        var database = scope.ServiceProvider.GetRequiredService<ProbeContext>().Database;

        Assert.Equal(sqlite, database.RunsOnSqlite());
        Assert.Equal(postgres, database.RunsOnPostgres());
    }

    private sealed class ProbeContext(DbContextOptions<ProbeContext> options) : DbContext(options);
}
