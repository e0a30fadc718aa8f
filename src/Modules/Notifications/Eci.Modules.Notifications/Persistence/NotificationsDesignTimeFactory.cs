using Eci.Shared.Persistence;

namespace Eci.Modules.Notifications.Persistence;

internal sealed class NotificationsDesignTimeFactory() : ModuleDesignTimeFactory<NotificationsDbContext>("Notifications", NotificationsDbContext.Schema);
