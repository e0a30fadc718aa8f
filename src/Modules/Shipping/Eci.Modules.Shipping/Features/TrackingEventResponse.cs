namespace Eci.Modules.Shipping.Features;

internal sealed record TrackingEventResponse(string Status, DateTime At, string? Note);
