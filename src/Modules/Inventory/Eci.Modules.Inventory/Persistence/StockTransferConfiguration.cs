using Eci.Modules.Inventory.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Eci.Modules.Inventory.Persistence;

internal sealed class StockTransferConfiguration : IEntityTypeConfiguration<StockTransfer>
{
    public void Configure(EntityTypeBuilder<StockTransfer> builder)
    {
        builder.ToTable("stock_transfers", t =>
        {
            t.HasCheckConstraint("ck_stock_transfers_quantity", "quantity > 0");
            t.HasCheckConstraint("ck_stock_transfers_warehouses", "from_warehouse_id <> to_warehouse_id");
        });
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Status).HasMaxLength(16).IsRequired();
        builder.Property(t => t.Reference).HasMaxLength(StockTransfer.ReferenceMaxLength);
        builder.HasOne<Warehouse>().WithMany().HasForeignKey(t => t.FromWarehouseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Warehouse>().WithMany().HasForeignKey(t => t.ToWarehouseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(t => new { t.Status, t.CreatedAt });
        builder.HasIndex(t => t.ProductId);
    }
}
