using Eci.Modules.Notifications.Domain;
using Eci.Shared.Inbox;
using Eci.Shared.Outbox;
using Eci.Shared.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Eci.Modules.Notifications.Persistence;

internal sealed class NotificationsDbContext(DbContextOptions<NotificationsDbContext> options) : ModuleDbContext(options, Schema)
{
    public const string Schema = "notifications";

    public DbSet<Notification> Notifications => Set<Notification>();

    public DbSet<FeedEvent> Events => Set<FeedEvent>();

    public DbSet<Webhook> Webhooks => Set<Webhook>();

    public DbSet<WebhookDelivery> WebhookDeliveries => Set<WebhookDelivery>();

    protected override void AddBuildingBlocks(ModelBuilder modelBuilder) => modelBuilder.AddInbox().AddOutbox();
}
