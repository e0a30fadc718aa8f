using Eci.Modules.Notifications.Persistence;
using Eci.Shared.Errors;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Eci.Modules.Notifications.Features.GetEvent;

internal sealed class GetEventHandler(NotificationsDbContext db) : IQueryHandler<GetEvent, EventResponse>
{
    public async ValueTask<EventResponse> Handle(GetEvent query, CancellationToken cancellationToken) =>
        EventResponse.From(await db.Events.AsNoTracking().SingleOrDefaultAsync(e => e.Id == query.Id, cancellationToken)
            ?? throw new NotFoundException("Event", query.Id));
}
