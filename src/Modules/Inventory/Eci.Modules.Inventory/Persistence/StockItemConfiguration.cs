using Eci.Modules.Inventory.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Eci.Modules.Inventory.Persistence;

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
