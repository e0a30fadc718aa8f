namespace Eci.Modules.Notifications.Domain;

/// <summary>
/// A receiver of the feed's events: every event of a type it subscribes to after <see cref="Cursor"/> becomes a
/// delivery. <see cref="Events"/> is a comma-separated list of feed types, or <c>*</c> for all.
/// </summary>
internal sealed class Webhook
{
    public Guid Id { get; private set; }

    public string Url { get; private set; } = string.Empty;

    public string Events { get; private set; } = string.Empty;

    public string? Description { get; private set; }

    public string Secret { get; private set; } = string.Empty;

    /// <summary>The feed position up to which events have been turned into deliveries.</summary>
    public long Cursor { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    public static Webhook Create(string url, IReadOnlyList<string> events, string? description, string secret, long cursor, DateTime now) =>
        new() { Id = Guid.NewGuid(), Url = url, Events = string.Join(',', events), Description = description, Secret = secret, Cursor = cursor, CreatedAt = now, UpdatedAt = now };

    public IReadOnlyList<string> EventTypes => Events.Split(',', StringSplitOptions.RemoveEmptyEntries);

    public bool Wants(string type) => Events == "*" || EventTypes.Contains(type);

    public void Change(string url, IReadOnlyList<string> events, string? description, DateTime now)
    {
        Url = url;
        Events = string.Join(',', events);
        Description = description;
        UpdatedAt = now;
    }

    public void RotateSecret(string secret, DateTime now)
    {
        Secret = secret;
        UpdatedAt = now;
    }

    public void MoveCursor(long position) => Cursor = Math.Max(Cursor, position);
}
