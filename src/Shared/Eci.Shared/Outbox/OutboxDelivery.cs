namespace Eci.Shared.Outbox;

/// <summary>
/// The outbox message being published on the current call path, so a consumer can record that it handled it (see
/// <see cref="Inbox.InboxModel"/>). Null outside a dispatch.
/// </summary>
public static class OutboxDelivery
{
    private static readonly AsyncLocal<Guid?> Current = new();

    public static Guid? CurrentMessageId => Current.Value;

    /// <summary>Marks the messages published until the returned scope is disposed.</summary>
    public static IDisposable Begin(Guid messageId)
    {
        var previous = Current.Value;
        Current.Value = messageId;
        return new Scope(previous);
    }

    private sealed class Scope(Guid? previous) : IDisposable
    {
        public void Dispose() => Current.Value = previous;
    }
}
