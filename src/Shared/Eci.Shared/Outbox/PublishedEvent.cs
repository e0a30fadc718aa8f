namespace Eci.Shared.Outbox;

/// <summary>An event an outbox dispatcher has just published: its outbox message id, the event, and when it happened.</summary>
public sealed record PublishedEvent(Guid Id, object Event, DateTime OccurredAt);
