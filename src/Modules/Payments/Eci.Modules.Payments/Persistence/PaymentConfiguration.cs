using Eci.Modules.Payments.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Eci.Modules.Payments.Persistence;

internal sealed class PaymentConfiguration : IEntityTypeConfiguration<Payment>
{
    public void Configure(EntityTypeBuilder<Payment> builder)
    {
        builder.ToTable("payments", t => t.HasCheckConstraint("ck_payments_refunds", "amount_minor > 0 AND refunded_minor >= 0 AND refunded_minor <= amount_minor"));
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.OrderId).HasMaxLength(100).IsRequired();
        builder.HasIndex(p => p.OrderId);
        builder.HasIndex(p => p.CustomerId);
        builder.Property(p => p.Currency).HasMaxLength(3).IsFixedLength().IsRequired();
        builder.Property(p => p.Method).HasMaxLength(32).IsRequired();
        builder.Property(p => p.Status).HasMaxLength(24).IsRequired();
        builder.Property(p => p.FailureCode).HasMaxLength(64);
        builder.Property(p => p.FailureMessage).HasMaxLength(500);
        builder.Property(p => p.GatewayReference).HasMaxLength(100);
        builder.Property(p => p.GatewayKey).HasMaxLength(300).IsRequired();
        builder.HasIndex(p => p.GatewayKey).IsUnique();
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.Ignore(p => p.Amount);
        builder.Ignore(p => p.Refunded);
        builder.OwnsMany(p => p.Refunds, refund =>
        {
            refund.ToTable("refunds");
            refund.WithOwner().HasForeignKey("PaymentId");
            refund.HasKey(r => r.Id);
            refund.Property(r => r.Id).ValueGeneratedNever();
            refund.Property(r => r.Reason).HasMaxLength(500).IsRequired();
            refund.Property(r => r.GatewayReference).HasMaxLength(100).IsRequired();
        });
        builder.Navigation(p => p.Refunds).HasField("_refunds").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
