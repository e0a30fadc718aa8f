using System.Text.Json;
using Eci.Shared.Http;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Eci.Shared.Outbox;

/// <summary>
/// An event waiting to be published, written in the same transaction as the change that caused it, so a crash between
/// the commit and the publish cannot lose it.
/// </summary>
public sealed class OutboxMessage
{
    public Guid Id { get; set; }

    /// <summary>The event's type as "Namespace.Type, Assembly".</summary>
    public string Type { get; set; } = string.Empty;

    public string Payload { get; set; } = string.Empty;

    public DateTime OccurredAt { get; set; }

    public DateTime NextAttemptAt { get; set; }

    public int Attempts { get; set; }

    public DateTime? ProcessedAt { get; set; }

    /// <summary>Set when the event failed too often and was parked (dead-lettered) for a person to look at.</summary>
    public DateTime? FailedAt { get; set; }

    public string? LastError { get; set; }
}

public static class OutboxModel
{
    private static readonly JsonSerializerOptions Json = EciJson.Create();

    /// <summary>Maps the outbox table into a module's DbContext.</summary>
    public static ModelBuilder AddOutbox(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<OutboxMessage>(message =>
        {
            message.ToTable("outbox_messages");
            message.HasKey(m => m.Id);
            message.Property(m => m.Id).ValueGeneratedNever();
            message.Property(m => m.Type).HasMaxLength(300).IsRequired();
            message.Property(m => m.LastError).HasMaxLength(2000);
            message.HasIndex(m => new { m.ProcessedAt, m.NextAttemptAt });
        });
        return modelBuilder;
    }

    /// <summary>Adds an event to the outbox; it is published after the surrounding SaveChanges commits.</summary>
    public static void Enqueue<TEvent>(this DbContext db, TEvent @event, DateTime now)
        where TEvent : INotification
    {
        var type = typeof(TEvent);
        db.Set<OutboxMessage>().Add(new OutboxMessage
        {
            Id = Guid.CreateVersion7(),
            Type = $"{type.FullName}, {type.Assembly.GetName().Name}",
            Payload = JsonSerializer.Serialize(@event, Json),
            OccurredAt = now,
            NextAttemptAt = now,
        });
    }

    internal static object Deserialize(OutboxMessage message)
    {
        var type = System.Type.GetType(message.Type, throwOnError: true)!;
        return JsonSerializer.Deserialize(message.Payload, type, Json)!;
    }
}
