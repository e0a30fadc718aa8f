using Microsoft.EntityFrameworkCore;

namespace Eci.Shared.Persistence;

/// <summary>
/// What every module's DbContext shares: its own schema, UTC times, the configurations of its own assembly, the
/// building blocks it uses (idempotency keys, outbox, inbox) and snake_case names.
/// </summary>
public abstract class ModuleDbContext(DbContextOptions options, string schema) : DbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.UseUtcDateTimes();

    protected sealed override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(schema);
        modelBuilder.ApplyConfigurationsFromAssembly(GetType().Assembly);
        AddBuildingBlocks(modelBuilder);
        modelBuilder.UseSnakeCaseNames();
    }

    /// <summary>Adds the shared tables this module uses, e.g. <c>modelBuilder.AddOutbox()</c>.</summary>
    protected virtual void AddBuildingBlocks(ModelBuilder modelBuilder)
    {
    }
}
