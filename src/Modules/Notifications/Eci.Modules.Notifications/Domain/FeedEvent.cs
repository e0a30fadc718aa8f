namespace Eci.Modules.Notifications.Domain;

/// <summary>
/// A business event as the feed shows it: <see cref="Position"/> orders the feed, <see cref="Id"/> is the outbox
/// message id of the event, <see cref="Data"/> the public contract record as JSON.
/// </summary>
internal sealed class FeedEvent
{
    public long Position { get; private set; }

    public Guid Id { get; private set; }

    public string Type { get; private set; } = string.Empty;

    public DateTime OccurredAt { get; private set; }

    public string Module { get; private set; } = string.Empty;

    public string Subject { get; private set; } = string.Empty;

    /// <summary>The order the event concerns, if any.</summary>
    public string? OrderId { get; private set; }

    public string Data { get; private set; } = string.Empty;

    public DateTime RecordedAt { get; private set; }
}
