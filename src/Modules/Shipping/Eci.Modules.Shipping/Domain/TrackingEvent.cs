namespace Eci.Modules.Shipping.Domain;

internal sealed class TrackingEvent(string status, DateTime at, string? note)
{
    public int Id { get; private set; }

    public string Status { get; private set; } = status;

    public DateTime At { get; private set; } = at;

    public string? Note { get; private set; } = note;
}
