using Microsoft.EntityFrameworkCore;

namespace Eci.Shared.Persistence;

public static class DesignTimeContexts
{
    /// <summary>Names the provider a design-time context is built for when no <c>--provider</c> argument does.</summary>
    public const string ProviderVariable = "ECI_DESIGN_PROVIDER";

    /// <summary>
    /// A module's DbContext without a server, for <c>dotnet ef migrations add</c> and the tests that fail when the model
    /// changed without a migration: on PostgreSQL, or on MySQL when the arguments after <c>--</c> say
    /// <c>--provider mysql</c> (or <c>ECI_DESIGN_PROVIDER=mysql</c>), whose migrations then go to <c>Persistence/MySqlMigrations</c>.
    /// </summary>
    public static TContext Create<TContext>(string module, string schema, Func<DbContextOptions<TContext>, TContext> create, string[]? args = null)
        where TContext : DbContext =>
        Create(module, schema, ProviderOf(args ?? []), create);

    /// <summary>A module's DbContext on the given provider without a server.</summary>
    public static TContext Create<TContext>(string module, string schema, DatabaseProvider provider, Func<DbContextOptions<TContext>, TContext> create)
        where TContext : DbContext
    {
        var database = "eci_" + module.ToLowerInvariant();
        var connectionString = provider == DatabaseProvider.MySql ? $"Server=localhost;Database={database}" : $"Host=localhost;Database={database}";
        var settings = new ModuleDatabaseSettings(module, provider == DatabaseProvider.MySql ? provider : DatabaseProvider.Postgres, connectionString);
        var options = new DbContextOptionsBuilder<TContext>();
        ModulePersistenceExtensions.Configure(options, settings, schema);
        return create(options.Options);
    }

    /// <summary>MySQL when <c>--provider mysql</c> is among the arguments, or the environment variable says so; PostgreSQL otherwise.</summary>
    public static DatabaseProvider ProviderOf(string[] args)
    {
        var at = Array.FindIndex(args, a => a is "--provider" or "-p");
        var named = at >= 0 && at + 1 < args.Length ? args[at + 1] : Environment.GetEnvironmentVariable(ProviderVariable);
        return string.Equals(named?.Trim(), "mysql", StringComparison.OrdinalIgnoreCase) ? DatabaseProvider.MySql : DatabaseProvider.Postgres;
    }
}
