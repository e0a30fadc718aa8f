using Eci.Modules.Notifications.Features.Webhooks;
using Eci.Modules.Notifications.Persistence;
using Mediator;

namespace Eci.Modules.Notifications.Features.DeleteWebhook;

// Its deliveries go with it (a cascading foreign key).
internal sealed class DeleteWebhookHandler(NotificationsDbContext db) : ICommandHandler<DeleteWebhook>
{
    public async ValueTask<Unit> Handle(DeleteWebhook command, CancellationToken cancellationToken)
    {
        db.Webhooks.Remove(await db.WebhookAsync(command.Id, cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
