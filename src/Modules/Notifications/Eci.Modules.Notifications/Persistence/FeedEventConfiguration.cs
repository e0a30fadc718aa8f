using Eci.Modules.Notifications.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Eci.Modules.Notifications.Persistence;

internal sealed class FeedEventConfiguration : IEntityTypeConfiguration<FeedEvent>
{
    public void Configure(EntityTypeBuilder<FeedEvent> builder)
    {
        builder.ToTable("events");
        builder.HasKey(e => e.Position);
        builder.Property(e => e.Position).ValueGeneratedOnAdd();
        builder.Property(e => e.Id).HasColumnName("event_id");
        builder.Property(e => e.Type).HasMaxLength(60).IsRequired();
        builder.Property(e => e.Module).HasMaxLength(30).IsRequired();
        builder.Property(e => e.Subject).HasMaxLength(100).IsRequired();
        builder.Property(e => e.OrderId).HasMaxLength(100);
        builder.Property(e => e.Data).IsRequired();
        builder.HasIndex(e => e.Id).IsUnique();
        builder.HasIndex(e => new { e.Type, e.Position });
        builder.HasIndex(e => e.OrderId);
        builder.HasIndex(e => e.RecordedAt);
    }
}
