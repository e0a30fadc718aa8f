using Eci.Shared.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Eci.Shared.Tests;

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

        var services = new ServiceCollection();
        services.AddModuleDbContext<ProbeContext>(new ConfigurationBuilder().AddInMemoryCollection(values).Build(), "Probe", "probe");
        using var provider = services.BuildServiceProvider();
        using var scope = provider.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ProbeContext>();

        var core = db.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>();

        Assert.Equal(expected, core?.ThreadSafetyChecksEnabled);
    }

    private sealed class ProbeContext(DbContextOptions<ProbeContext> options) : DbContext(options);
}
