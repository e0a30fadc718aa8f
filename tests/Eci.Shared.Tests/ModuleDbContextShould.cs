using Eci.Shared.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Eci.Shared.Tests;

/// <summary>A module's context as <see cref="ModulePersistenceExtensions.AddModuleDbContext{TContext}"/> registers it.</summary>
public sealed class ModuleDbContextShould
{
    [Theory]
    [InlineData(null, false)]
    [InlineData("true", true)]
    [InlineData("false", false)]
    public void Check_thread_safety_only_when_the_setting_asks(string? setting, bool expected)
    {
        var values = new Dictionary<string, string?> { ["ConnectionStrings:Probe"] = "Data Source=:memory:" };
        if (setting is not null)
        {
            values["Database:ThreadSafetyChecks"] = setting;
        }

        using var services = Services(values);
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ProbeContext>();

        var core = db.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>();

        Assert.Equal(expected, core?.ThreadSafetyChecksEnabled);
    }

    [Theory]
    [InlineData("sqlite", "Data Source=:memory:", true, false, false)]
    [InlineData("postgres", "Host=localhost;Database=probe", false, true, false)]
    [InlineData("mysql", "Server=localhost;Database=probe", false, false, true)]
    public void Tell_the_engine_from_the_provider_a_module_is_configured_with(
        string engine, string connectionString, bool sqlite, bool postgres, bool mysql)
    {
        using var services = Services(new() { ["Database:Provider"] = engine, ["ConnectionStrings:Probe"] = connectionString });
        using var scope = services.CreateScope();

        // Asked without a connection: the answer comes from the provider's name alone.
        var database = scope.ServiceProvider.GetRequiredService<ProbeContext>().Database;

        Assert.Equal(sqlite, database.RunsOnSqlite());
        Assert.Equal(postgres, database.RunsOnPostgres());
        Assert.Equal(mysql, database.RunsOnMySql());
    }

    private static ServiceProvider Services(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddModuleDbContext<ProbeContext>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build(), "Probe", "probe");
        return services.BuildServiceProvider();
    }

    private sealed class ProbeContext(DbContextOptions<ProbeContext> options) : DbContext(options);
}
