using Eci.Modules.Inventory.Domain;
using Eci.Shared.Idempotency;
using Eci.Shared.Outbox;
using Eci.Shared.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Eci.Modules.Inventory.Persistence;

internal sealed class InventoryDbContext(DbContextOptions<InventoryDbContext> options) : ModuleDbContext(options, Schema)
{
    public const string Schema = "inventory";

    public DbSet<Warehouse> Warehouses => Set<Warehouse>();

    public DbSet<StockItem> StockItems => Set<StockItem>();

    public DbSet<StockMovement> Movements => Set<StockMovement>();

    public DbSet<Reservation> Reservations => Set<Reservation>();

    public DbSet<LowStockThreshold> Thresholds => Set<LowStockThreshold>();

    public DbSet<StockTransfer> Transfers => Set<StockTransfer>();

    public DbSet<IncomingStock> Incoming => Set<IncomingStock>();

    protected override void AddBuildingBlocks(ModelBuilder modelBuilder)
    {
        modelBuilder.AddIdempotencyKeys();
        modelBuilder.AddOutbox();
    }
}
