using Eci.Modules.Orders.Domain;
using Eci.Shared.Idempotency;
using Eci.Shared.Outbox;
using Eci.Shared.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Eci.Modules.Orders.Persistence;

internal sealed class OrdersDbContext(DbContextOptions<OrdersDbContext> options) : ModuleDbContext(options, Schema)
{
    public const string Schema = "orders";

    public DbSet<Order> Orders => Set<Order>();

    public DbSet<OrderReturn> Returns => Set<OrderReturn>();

    protected override void AddBuildingBlocks(ModelBuilder modelBuilder)
    {
        modelBuilder.AddIdempotencyKeys();
        modelBuilder.AddOutbox();
    }
}
