using Eci.Modules.Inventory.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Eci.Modules.Inventory.Persistence;

internal sealed class IncomingStockConfiguration : IEntityTypeConfiguration<IncomingStock>
{
    public void Configure(EntityTypeBuilder<IncomingStock> builder)
    {
        builder.ToTable("incoming_stock", t => t.HasCheckConstraint("ck_incoming_stock_quantities",
            "quantity > 0 AND received_quantity >= 0 AND received_quantity <= quantity"));
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.Status).HasMaxLength(16).IsRequired();
        builder.Property(i => i.Reference).HasMaxLength(IncomingStock.ReferenceMaxLength);
        builder.Ignore(i => i.Outstanding);
        builder.HasOne<Warehouse>().WithMany().HasForeignKey(i => i.WarehouseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(i => new { i.ProductId, i.Status, i.ExpectedAt });
        builder.HasIndex(i => new { i.Status, i.CreatedAt });
    }
}
