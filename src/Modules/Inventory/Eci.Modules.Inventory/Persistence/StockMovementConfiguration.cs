using Eci.Modules.Inventory.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Eci.Modules.Inventory.Persistence;

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
