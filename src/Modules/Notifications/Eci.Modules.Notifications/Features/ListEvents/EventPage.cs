namespace Eci.Modules.Notifications.Features.ListEvents;

/// <summary>A page of the feed; <c>NextCursor</c> is null when nothing follows yet.</summary>
internal sealed record EventPage(IReadOnlyList<EventResponse> Items, string? NextCursor);
