using Eci.Shared.Persistence;
using Eci.Shared.Tests.Relay;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Eci.Shared.Tests.MySql;

/// <summary>A keyed row with a time: what the MySQL workarounds are about.</summary>
public sealed class Keyed
{
    public string Key { get; set; } = string.Empty;

    public DateTime At { get; set; }
}

/// <summary>A module-like context: its own schema, UTC times, snake_case names, and migrations per provider.</summary>
public sealed class ProbeDb(DbContextOptions<ProbeDb> options) : DbContext(options)
{
    public const string Schema = "eci_probe_schema";

    public DbSet<Keyed> Keyed => Set<Keyed>();

    /// <summary>A context on the given provider and database; its migrations come with no snapshot, so that warning is off.</summary>
    public static ProbeDb On(DatabaseProvider provider, string connectionString)
    {
        var options = new DbContextOptionsBuilder<ProbeDb>();
        ModulePersistenceExtensions.Configure(options, new ModuleDatabaseSettings("Probe", provider, connectionString), Schema);
        options.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
        return new ProbeDb(options.Options);
    }

    /// <summary>A fresh database on the MySQL server in <c>ECI_TEST_MYSQL</c> (or a skip), dropped when the test is done.</summary>
    public static ProbeDb OnFreshMySql() => On(DatabaseProvider.MySql, RelayDatabases.MySqlDatabase("probe"));

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.UseUtcDateTimes();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.Entity<Keyed>(k =>
        {
            k.ToTable("keyed");
            k.HasKey(x => x.Key);
            k.Property(x => x.Key).HasMaxLength(64);
        });
        modelBuilder.UseSnakeCaseNames();
    }
}
