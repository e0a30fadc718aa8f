using Eci.Modules.Shipping.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Eci.Modules.Shipping.Persistence;

internal sealed class ShipmentConfiguration : IEntityTypeConfiguration<Shipment>
{
    public const int MaxWarehouseLength = 40;

    public void Configure(EntityTypeBuilder<Shipment> builder)
    {
        builder.ToTable("shipments");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.OrderId).HasMaxLength(100).IsRequired();
        builder.Property(s => s.Warehouse).HasMaxLength(MaxWarehouseLength).IsRequired();
        builder.HasIndex(s => new { s.OrderId, s.Warehouse }).IsUnique();
        builder.HasIndex(s => s.CustomerId);
        builder.Property(s => s.Status).HasMaxLength(24).IsRequired();
        builder.Property(s => s.Carrier).HasMaxLength(40).IsRequired();
        builder.Property(s => s.TrackingNumber).HasMaxLength(40).IsRequired();
        builder.HasIndex(s => s.TrackingNumber).IsUnique();
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.OwnsOne(s => s.Address, address =>
        {
            address.Property(a => a.Line1).HasMaxLength(200).IsRequired();
            address.Property(a => a.Line2).HasMaxLength(200);
            address.Property(a => a.City).HasMaxLength(100).IsRequired();
            address.Property(a => a.PostalCode).HasMaxLength(20).IsRequired();
            address.Property(a => a.Country).HasMaxLength(2).IsRequired();
        });
        builder.OwnsMany(s => s.Items, item =>
        {
            item.ToTable("shipment_items");
            item.WithOwner().HasForeignKey("ShipmentId");
            item.HasKey(i => i.Id);
            item.Property(i => i.Name).HasMaxLength(200).IsRequired();
        });
        builder.Navigation(s => s.Items).HasField("_items").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.OwnsMany(s => s.History, entry =>
        {
            entry.ToTable("tracking_events");
            entry.WithOwner().HasForeignKey("ShipmentId");
            entry.HasKey(e => e.Id);
            entry.Property(e => e.Status).HasMaxLength(24).IsRequired();
            entry.Property(e => e.Note).HasMaxLength(500);
        });
        builder.Navigation(s => s.History).HasField("_history").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
