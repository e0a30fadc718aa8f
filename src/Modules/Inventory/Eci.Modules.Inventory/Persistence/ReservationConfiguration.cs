using Eci.Modules.Inventory.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Eci.Modules.Inventory.Persistence;

internal sealed class WarehouseConfiguration : IEntityTypeConfiguration<Warehouse>
{
    public void Configure(EntityTypeBuilder<Warehouse> builder)
    {
        builder.ToTable("warehouses");
        builder.HasKey(w => w.Id);
        builder.Property(w => w.Code).HasMaxLength(Warehouse.CodeMaxLength).IsRequired();
        builder.HasIndex(w => w.Code).IsUnique();
        builder.Property(w => w.Name).HasMaxLength(Warehouse.NameMaxLength).IsRequired();
        builder.Property(w => w.Version).IsConcurrencyToken();
    }
}

internal sealed class StockItemConfiguration : IEntityTypeConfiguration<StockItem>
{
    public void Configure(EntityTypeBuilder<StockItem> builder)
    {
        builder.ToTable("stock_items", t => t.HasCheckConstraint("ck_stock_items_quantities",
            "on_hand >= 0 AND reserved >= 0 AND committed >= 0 AND on_hand - reserved - committed >= 0 AND on_hand <= " + StockLimits.MaxOnHand));
        builder.HasKey(s => s.Id);
        builder.HasIndex(s => new { s.ProductId, s.WarehouseId }).IsUnique();
        builder.HasOne<Warehouse>().WithMany().HasForeignKey(s => s.WarehouseId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(s => s.Available);
    }
}

internal sealed class StockMovementConfiguration : IEntityTypeConfiguration<StockMovement>
{
    public void Configure(EntityTypeBuilder<StockMovement> builder)
    {
        builder.ToTable("stock_movements");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Type).HasMaxLength(16).IsRequired();
        builder.Property(m => m.Reason).HasMaxLength(500);
        builder.Property(m => m.Reference).HasMaxLength(200);
        builder.HasIndex(m => m.StockItemId);
        builder.HasIndex(m => m.Reference);
        builder.HasIndex(m => m.ReservationId);
    }
}

internal sealed class ReservationConfiguration : IEntityTypeConfiguration<Reservation>
{
    public void Configure(EntityTypeBuilder<Reservation> builder)
    {
        builder.ToTable("reservations");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.OrderId).HasMaxLength(100);
        builder.HasIndex(r => r.OrderId);
        builder.Property(r => r.Status).HasMaxLength(16).IsRequired();
        builder.HasIndex(r => new { r.Status, r.ExpiresAt });
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.OwnsMany(r => r.Lines, line =>
        {
            line.ToTable("reservation_lines");
            line.WithOwner().HasForeignKey("ReservationId");
            line.HasKey(l => l.Id);
            line.Property(l => l.AllocationRule).HasMaxLength(32).IsRequired();
            line.HasIndex(l => l.ProductId);
        });
        builder.Navigation(r => r.Lines).HasField("_lines").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class LowStockThresholdConfiguration : IEntityTypeConfiguration<LowStockThreshold>
{
    public void Configure(EntityTypeBuilder<LowStockThreshold> builder)
    {
        builder.ToTable("low_stock_thresholds");
        builder.HasKey(t => t.ProductId);
        builder.Property(t => t.ProductId).ValueGeneratedNever();
    }
}
