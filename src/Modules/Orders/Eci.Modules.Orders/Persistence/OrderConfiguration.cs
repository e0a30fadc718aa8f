using Eci.Modules.Orders.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Eci.Modules.Orders.Persistence;

internal sealed class OrderConfiguration : IEntityTypeConfiguration<Order>
{
    public void Configure(EntityTypeBuilder<Order> builder)
    {
        builder.ToTable("orders", t => t.HasCheckConstraint("ck_orders_totals", "total_minor = subtotal_minor + tax_minor + shipping_minor AND subtotal_minor >= 0"));
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.HasIndex(o => o.CustomerId);
        builder.Property(o => o.Status).HasMaxLength(24).IsRequired();
        builder.HasIndex(o => new { o.Status, o.UpdatedAt });
        builder.Property(o => o.PaymentStatus).HasMaxLength(24).IsRequired();
        builder.Property(o => o.CancellationReason).HasMaxLength(64);
        builder.Property(o => o.Currency).HasMaxLength(3).IsFixedLength().IsRequired();
        builder.Property(o => o.PaymentMethod).HasMaxLength(32).IsRequired();
        builder.Property(o => o.PaymentToken).HasMaxLength(100);
        builder.Property(o => o.Version).IsConcurrencyToken();
        builder.Ignore(o => o.Total);
        builder.Ignore(o => o.IsSettled);
        builder.Ignore(o => o.HasPendingSteps);
        builder.Ignore(o => o.HoldsMoney);
        builder.Ignore(o => o.MayBeReturned);
        builder.OwnsOne(o => o.ShippingAddress, address =>
        {
            address.Property(a => a.Line1).HasMaxLength(200).IsRequired();
            address.Property(a => a.Line2).HasMaxLength(200);
            address.Property(a => a.City).HasMaxLength(100).IsRequired();
            address.Property(a => a.PostalCode).HasMaxLength(20).IsRequired();
            address.Property(a => a.Country).HasMaxLength(2).IsRequired();
        });
        builder.OwnsMany(o => o.Lines, line =>
        {
            line.ToTable("order_lines");
            line.WithOwner().HasForeignKey("OrderId");
            line.HasKey(l => l.Id);
            line.Property(l => l.Sku).HasMaxLength(64).IsRequired();
            line.Property(l => l.Name).HasMaxLength(200).IsRequired();
            line.Ignore(l => l.LineTotalMinor);
        });
        builder.Navigation(o => o.Lines).HasField("_lines").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
