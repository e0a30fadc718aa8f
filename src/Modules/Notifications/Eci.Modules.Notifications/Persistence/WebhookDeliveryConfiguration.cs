using Eci.Modules.Notifications.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Eci.Modules.Notifications.Persistence;

internal sealed class WebhookDeliveryConfiguration : IEntityTypeConfiguration<WebhookDelivery>
{
    public void Configure(EntityTypeBuilder<WebhookDelivery> builder)
    {
        builder.ToTable("webhook_deliveries");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Status).HasMaxLength(20).IsRequired();
        builder.Property(d => d.LastError).HasMaxLength(500);
        builder.HasIndex(d => new { d.WebhookId, d.EventId }).IsUnique();
        builder.HasIndex(d => d.NextAttemptAt);
        builder.HasOne<Webhook>().WithMany().HasForeignKey(d => d.WebhookId).OnDelete(DeleteBehavior.Cascade);
    }
}
