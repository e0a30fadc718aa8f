namespace Eci.Modules.Inventory.Features.GetAvailability;

/// <summary>
/// The earliest date <see cref="Quantity"/> units can be promised: today from stock, else the expected date of the incoming
/// stock that covers the rest; no date when nothing does.
/// </summary>
internal sealed record PromiseResponse(int Quantity, DateOnly? Date, string? Source)
{
    public const string FromStock = "stock";
    public const string FromIncoming = "incoming";
}
