using Eci.Modules.Inventory.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Eci.Modules.Inventory.Persistence;

internal sealed class LowStockThresholdConfiguration : IEntityTypeConfiguration<LowStockThreshold>
{
    public void Configure(EntityTypeBuilder<LowStockThreshold> builder)
    {
        builder.ToTable("low_stock_thresholds");
        builder.HasKey(t => t.ProductId);
        builder.Property(t => t.ProductId).ValueGeneratedNever();
    }
}
