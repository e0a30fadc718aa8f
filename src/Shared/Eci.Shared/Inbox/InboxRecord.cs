using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Eci.Shared.Http;
using Eci.Shared.Outbox;
using Eci.Shared.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Eci.Shared.Inbox;

/// <summary>That a consumer's handler has dealt with one event, kept in the consumer's own database.</summary>
public sealed class InboxRecord
{
    public Guid MessageId { get; set; }

    /// <summary>The handler that acted, so two handlers of one module may each act on the same event once.</summary>
    public string Handler { get; set; } = string.Empty;

    public DateTime ProcessedAt { get; set; }
}

public static class InboxModel
{
    private static readonly JsonSerializerOptions Json = EciJson.Create();

    /// <summary>Maps the inbox table into a consuming module's DbContext.</summary>
    public static ModelBuilder AddInbox(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<InboxRecord>(record =>
        {
            record.ToTable("inbox_records");
            record.HasKey(r => new { r.MessageId, r.Handler });
            record.Property(r => r.Handler).HasMaxLength(200);
            record.HasIndex(r => r.ProcessedAt);
        });
        return modelBuilder;
    }

    /// <summary>
    /// The id an event is known by: the outbox message being dispatched, or, when the event was published some other
    /// way, a hash of its type and content (an event carries its own ids and time, so equal content is the same event).
    /// </summary>
    public static Guid MessageIdOf<TEvent>(TEvent @event)
        where TEvent : notnull
    {
        if (OutboxDelivery.CurrentMessageId is { } id)
        {
            return id;
        }

        var text = typeof(TEvent).FullName + "\n" + JsonSerializer.Serialize(@event, Json);
        return new Guid(SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, 16));
    }

    /// <summary>
    /// Runs <paramref name="effect"/> once per event and handler: the effect adds its changes to
    /// <paramref name="db"/>, and they are saved together with the inbox record. Nothing asks first whether the event
    /// was seen (it nearly always is new): the record's unique key refuses a repeat, delivered again or racing, together
    /// with everything its effect added. A repeat costs the effect's reads, never its writes; returns whether it acted.
    /// </summary>
    public static async Task<bool> HandleOnceAsync<TEvent>(
        this DbContext db, TEvent @event, string handler, DateTime now, Func<CancellationToken, Task> effect, CancellationToken cancellationToken)
        where TEvent : notnull
    {
        var messageId = MessageIdOf(@event);
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

    /// <summary>Deletes inbox records older than <paramref name="before"/>; an event is not redelivered that late.</summary>
    public static Task<int> PruneInboxAsync(this DbContext db, DateTime before, CancellationToken cancellationToken) =>
        db.Set<InboxRecord>().Where(r => r.ProcessedAt < before).ExecuteDeleteAsync(cancellationToken);
}
