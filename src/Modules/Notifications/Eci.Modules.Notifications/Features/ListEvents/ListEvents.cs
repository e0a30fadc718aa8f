using Mediator;

namespace Eci.Modules.Notifications.Features.ListEvents;

/// <summary>
/// Events after a cursor (or after the event with that id), oldest first, optionally of some types
/// (comma-separated); <c>Limit</c> 1–100, 50 when not given.
/// </summary>
internal sealed record ListEvents(string? After, string? Type, int? Limit) : IQuery<EventPage>
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 100;

    public IReadOnlyList<string> Types =>
        string.IsNullOrWhiteSpace(Type) ? [] : Type.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
