using Eci.Modules.Notifications.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Eci.Modules.Notifications.Persistence;

internal sealed class WebhookConfiguration : IEntityTypeConfiguration<Webhook>
{
    public void Configure(EntityTypeBuilder<Webhook> builder)
    {
        builder.ToTable("webhooks");
        builder.HasKey(w => w.Id);
        builder.Property(w => w.Url).HasMaxLength(2000).IsRequired();
        builder.Property(w => w.Events).HasMaxLength(2000).IsRequired();
        builder.Property(w => w.Description).HasMaxLength(500);
        builder.Property(w => w.Secret).HasMaxLength(100).IsRequired();
        builder.Ignore(w => w.EventTypes);
    }
}
