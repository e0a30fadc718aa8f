using Eci.Modules.Notifications.Persistence;
using Eci.Shared.Errors;
using Eci.Shared.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Eci.Modules.Notifications.Features.ListEvents;

internal sealed class ListEventsHandler(NotificationsDbContext db) : IQueryHandler<ListEvents, EventPage>
{
    public async ValueTask<EventPage> Handle(ListEvents query, CancellationToken cancellationToken)
    {
        var after = await PositionAfterAsync(query.After, cancellationToken);
        var limit = query.Limit ?? ListEvents.DefaultLimit;
        var types = query.Types;
        var rows = await db.Events.AsNoTracking()
            .Where(e => e.Position > after)
            .WhereIf(types.Count > 0, e => types.Contains(e.Type))
            .OrderBy(e => e.Position)
            .Take(limit + 1)
            .ToListAsync(cancellationToken);
        var page = rows.Take(limit).ToList();
        return new EventPage(
            page.Select(EventResponse.From).ToList(),
            rows.Count > limit ? FeedCursor.Encode(page[^1].Position) : null);
    }

    private async Task<long> PositionAfterAsync(string? after, CancellationToken cancellationToken)
    {
        if (after is null)
        {
            return 0;
        }

        if (FeedCursor.TryDecode(after, out var position))
        {
            return position;
        }

        var id = Guid.Parse(after);
        return await db.Events.Where(e => e.Id == id).Select(e => (long?)e.Position).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Event", id);
    }
}
