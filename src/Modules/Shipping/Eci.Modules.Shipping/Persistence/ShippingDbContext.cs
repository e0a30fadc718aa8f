using Eci.Modules.Shipping.Domain;
using Eci.Shared.Outbox;
using Eci.Shared.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Eci.Modules.Shipping.Persistence;

internal sealed class ShippingDbContext(DbContextOptions<ShippingDbContext> options) : ModuleDbContext(options, Schema)
{
    public const string Schema = "shipping";

    public DbSet<Shipment> Shipments => Set<Shipment>();

    protected override void AddBuildingBlocks(ModelBuilder modelBuilder) => modelBuilder.AddOutbox();
}
