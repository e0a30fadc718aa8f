using Eci.Modules.Orders.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Eci.Modules.Orders.Persistence;

internal sealed class OrderReturnConfiguration : IEntityTypeConfiguration<OrderReturn>
{
    public void Configure(EntityTypeBuilder<OrderReturn> builder)
    {
        builder.ToTable("returns", t => t.HasCheckConstraint("ck_returns_refund", "refund_minor >= 0"));
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.HasIndex(r => r.OrderId);
        builder.HasIndex(r => new { r.Status, r.UpdatedAt });
        builder.Property(r => r.Status).HasMaxLength(16).IsRequired();
        builder.Property(r => r.Currency).HasMaxLength(3).IsFixedLength().IsRequired();
        builder.Property(r => r.RejectionReason).HasMaxLength(500);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.Ignore(r => r.IsOpen);
        builder.OwnsMany(r => r.Lines, line =>
        {
            line.ToTable("return_lines");
            line.WithOwner().HasForeignKey("ReturnId");
            line.HasKey(l => l.Id);
            line.Property(l => l.Reason).HasMaxLength(500);
        });
        builder.Navigation(r => r.Lines).HasField("_lines").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.OwnsMany(r => r.Receipt, line =>
        {
            line.ToTable("return_receipt_lines");
            line.WithOwner().HasForeignKey("ReturnId");
            line.HasKey(l => l.Id);
            line.Property(l => l.Disposition).HasMaxLength(16).IsRequired();
            line.Property(l => l.Warehouse).HasMaxLength(16).IsRequired();
        });
        builder.Navigation(r => r.Receipt).HasField("_receipt").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
