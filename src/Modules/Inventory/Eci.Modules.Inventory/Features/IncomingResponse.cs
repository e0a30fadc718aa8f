using Eci.Modules.Inventory.Domain;

namespace Eci.Modules.Inventory.Features;

/// <summary>Incoming stock as the API shows it: its warehouse by code, and how much of it is still to come.</summary>
internal sealed record IncomingResponse(
    Guid Id, int ProductId, string Warehouse, int Quantity, int ReceivedQuantity, int Outstanding, DateOnly ExpectedAt, string? Reference, string Status,
    DateTime CreatedAt, DateTime UpdatedAt)
{
    public static IncomingResponse Of(IncomingStock i, string warehouse) => new(
        i.Id, i.ProductId, warehouse, i.Quantity, i.ReceivedQuantity, i.Outstanding, i.ExpectedAt, i.Reference, i.Status, i.CreatedAt, i.UpdatedAt);
}
