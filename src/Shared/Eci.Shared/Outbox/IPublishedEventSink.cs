namespace Eci.Shared.Outbox;

/// <summary>
/// Receives each outbox batch's published events before the batch is marked published, so a record of them (the
/// event feed) is written at least once per commit. It must tolerate a repeat of the same event id: a batch whose
/// commit fails is published again. A failure rolls the batch back, to be retried.
/// </summary>
public interface IPublishedEventSink
{
    Task RecordAsync(IReadOnlyList<PublishedEvent> events, CancellationToken cancellationToken);
}
