using Eci.Modules.Inventory.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Eci.Modules.Inventory.Persistence;

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
