using Eci.Modules.Notifications.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Eci.Modules.Notifications.Persistence;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.ToTable("notifications");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.Property(n => n.Type).HasMaxLength(40).IsRequired();
        builder.Property(n => n.Channel).HasMaxLength(10).IsRequired();
        builder.Property(n => n.Recipient).HasMaxLength(320).IsRequired();
        builder.Property(n => n.Subject).HasMaxLength(200).IsRequired();
        builder.Property(n => n.Body).IsRequired();
        builder.Property(n => n.OrderId).HasMaxLength(100);
        builder.Property(n => n.Status).HasMaxLength(10).IsRequired();
        builder.Property(n => n.LastError).HasMaxLength(1000);
        builder.HasIndex(n => new { n.CustomerId, n.CreatedAt });
        builder.HasIndex(n => n.OrderId);
        builder.HasIndex(n => new { n.Status, n.NextAttemptAt });
    }
}
