using System.Text.Json;
using Eci.Modules.Notifications.Domain;

namespace Eci.Modules.Notifications.Features;

/// <summary>An event of the feed; <c>data</c> is the public contract record the module published.</summary>
internal sealed record EventResponse(Guid Id, string Type, DateTime OccurredAt, string Module, string Subject, JsonElement Data)
{
    public static EventResponse From(FeedEvent e)
    {
        using var data = JsonDocument.Parse(e.Data);
        return new(e.Id, e.Type, e.OccurredAt, e.Module, e.Subject, data.RootElement.Clone());
    }
}
