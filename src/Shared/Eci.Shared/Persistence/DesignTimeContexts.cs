using Microsoft.EntityFrameworkCore;

namespace Eci.Shared.Persistence;

public static class DesignTimeContexts
{
    /// <summary>
    /// A module's DbContext on PostgreSQL without a server, for <c>dotnet ef migrations add</c> and the test that
    /// fails when the model changed without a migration.
    /// </summary>
    public static TContext Create<TContext>(string module, string schema, Func<DbContextOptions<TContext>, TContext> create)
        where TContext : DbContext
    {
        var settings = new ModuleDatabaseSettings(module, DatabaseProvider.Postgres, $"Host=localhost;Database=eci_{module.ToLowerInvariant()}");
        var options = new DbContextOptionsBuilder<TContext>();
        ModulePersistenceExtensions.Configure(options, settings, schema);
        return create(options.Options);
    }
}
