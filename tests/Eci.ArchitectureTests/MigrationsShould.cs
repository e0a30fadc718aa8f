using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Eci.ArchitectureTests;

/// <summary>Every module's PostgreSQL model, as its design-time factory builds it, matches its last migration.</summary>
public sealed class MigrationsShould
{
    [Theory]
    [MemberData(nameof(Modules.Names), MemberType = typeof(Modules))]
    public void Cover_every_change_to_the_model(string module)
    {
        using var db = Modules.Named(module).Implementation().DesignTimeContext();

        Assert.Equal("Npgsql.EntityFrameworkCore.PostgreSQL", db.Database.ProviderName);
        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(),
            $"The {module} model changed without a migration: run scripts/add-migration.sh {module} <Name>.");
    }
}
