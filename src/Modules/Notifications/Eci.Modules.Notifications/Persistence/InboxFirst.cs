using Eci.Shared.Inbox;
using Eci.Shared.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Eci.Modules.Notifications.Persistence;

internal static class InboxFirst
{
    /// <summary>
    /// Runs <paramref name="effect"/> once per event and handler, like <see cref="InboxModel.HandleOnceAsync"/>, but
    /// without asking first whether the event was seen: an event is nearly always new, so its inbox record is simply
    /// written in the batch with what the effect queued, and the record's key refuses a repeat (delivered again, or
    /// racing) whole. A repeat costs the effect's reads, never a second message. Returns whether it acted.
    /// </summary>
    public static async Task<bool> QueueOnceAsync<TEvent>(
        this NotificationsDbContext db, TEvent @event, string handler, DateTime now, Func<CancellationToken, Task> effect, CancellationToken cancellationToken)
        where TEvent : notnull
    {
        var messageId = InboxModel.MessageIdOf(@event);
        var inbox = db.Set<InboxRecord>();
        // Recorded already by this very context (an event published twice in one scope): known without asking.
        if (inbox.Local.Any(r => r.MessageId == messageId && r.Handler == handler))
        {
            return false;
        }

        try
        {
            await effect(cancellationToken);
            inbox.Add(new InboxRecord { MessageId = messageId, Handler = handler, ProcessedAt = now });
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            db.ChangeTracker.Clear();
            if (await inbox.AnyAsync(r => r.MessageId == messageId && r.Handler == handler, cancellationToken))
            {
                return false;
            }

            throw;
        }
        catch
        {
            // Nothing of a failed effect may ride along with the next event handled in this scope.
            db.ChangeTracker.Clear();
            throw;
        }
    }
}
