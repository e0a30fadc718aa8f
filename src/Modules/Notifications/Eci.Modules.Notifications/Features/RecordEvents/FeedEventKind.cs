namespace Eci.Modules.Notifications.Features.RecordEvents;

/// <summary>How one public contract event appears in the feed: its dotted type, its module, what it is about.</summary>
internal sealed record FeedEventKind(Type EventType, string Name, string Module, Func<object, string> Subject, Func<object, Guid?> OrderId)
{
    public static FeedEventKind Of<TEvent>(string name, string module, Func<TEvent, object> subject, Func<TEvent, Guid?> orderId) =>
        new(typeof(TEvent), name, module, e => Convert.ToString(subject((TEvent)e), System.Globalization.CultureInfo.InvariantCulture)!, e => orderId((TEvent)e));
}
