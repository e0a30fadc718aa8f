using System.Text;
using System.Text.Json;
using Eci.Modules.Notifications.Domain;
using Eci.Modules.Notifications.Persistence;
using Eci.Shared.Http;
using Eci.Shared.Outbox;
using Eci.Shared.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Eci.Modules.Notifications.Features.RecordEvents;

/// <summary>
/// Writes a relay batch's public business events to the feed in one command; an event id already recorded (a batch
/// published again) is skipped. See docs/adr/0043-event-feed-recorded-by-the-outbox-relay.md.
/// </summary>
internal sealed class EventFeedRecorder(NotificationsDbContext db, TimeProvider clock) : IPublishedEventSink
{
    // Any constant will do: every writer of the feed takes this one lock, so positions become visible in order.
    private const long FeedLock = 0x45_43_49_46_45_45_44;
    private const int ColumnsPerRow = 8;
    private static readonly JsonSerializerOptions Json = EciJson.Create();

    public async Task RecordAsync(IReadOnlyList<PublishedEvent> events, CancellationToken cancellationToken)
    {
        var rows = events.Select(e => (Event: e, Kind: FeedEventKinds.Find(e.Event.GetType()))).Where(r => r.Kind is not null).ToList();
        if (rows.Count == 0)
        {
            return;
        }

        var postgres = db.Database.RunsOnPostgres();
        var sql = new StringBuilder();
        if (postgres)
        {
            // Taken in the same implicit transaction as the insert and held until it commits, so no later position can
            // commit before an earlier one: a reader paging with 'after' never skips an event that commits late.
            sql.Append("SELECT pg_advisory_xact_lock(").Append(FeedLock).Append(");\n");
        }

        sql.Append("INSERT INTO ").Append(db.TableOf<FeedEvent>())
            .Append(" (event_id, type, occurred_at, module, subject, order_id, data, recorded_at) VALUES ");
        var args = new List<object?>(rows.Count * ColumnsPerRow);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var (published, kind) in rows)
        {
            sql.Append(args.Count == 0 ? "(" : ", (");
            for (var column = 0; column < ColumnsPerRow; column++)
            {
                sql.Append(column == 0 ? string.Empty : ", ").Append('{').Append(args.Count + column).Append('}');
            }

            sql.Append(')');
            args.Add(postgres ? published.Id : published.Id.ToString().ToUpperInvariant());
            args.Add(kind!.Name);
            args.Add(DateTime.SpecifyKind(published.OccurredAt, DateTimeKind.Utc));
            args.Add(kind.Module);
            args.Add(kind.Subject(published.Event));
            args.Add(kind.OrderId(published.Event)?.ToString());
            args.Add(JsonSerializer.Serialize(published.Event, published.Event.GetType(), Json));
            args.Add(now);
        }

        sql.Append(" ON CONFLICT (event_id) DO NOTHING");
        await db.Database.ExecuteSqlRawAsync(sql.ToString(), args!, cancellationToken);
    }
}
