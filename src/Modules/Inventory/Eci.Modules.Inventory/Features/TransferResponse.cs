using Eci.Modules.Inventory.Domain;

namespace Eci.Modules.Inventory.Features;

/// <summary>A transfer as the API shows it: warehouses by code, and when it was received or cancelled.</summary>
internal sealed record TransferResponse(
    Guid Id, int ProductId, string From, string To, int Quantity, string? Reference, string Status, DateTime CreatedAt, DateTime? ReceivedAt, DateTime? CancelledAt)
{
    public static TransferResponse Of(StockTransfer t, string from, string to) => new(
        t.Id, t.ProductId, from, to, t.Quantity, t.Reference, t.Status, t.CreatedAt,
        t.Status == TransferStatuses.Received ? t.ClosedAt : null,
        t.Status == TransferStatuses.Cancelled ? t.ClosedAt : null);
}
