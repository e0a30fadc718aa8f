using Eci.Modules.Shipping.Contracts;

namespace Eci.Modules.Orders.Features.SplitShipments;

/// <summary>
/// Where an order's shipments stand together (ADR 0047). Each is settled once delivered, returned or cancelled; a
/// cancelled one carries nothing, so it neither completes nor returns the order.
/// </summary>
internal sealed record OrderShipmentProgress(IReadOnlyList<ShipmentDto> Shipments)
{
    private IEnumerable<ShipmentDto> Carrying => Shipments.Where(s => s.Status != ShipmentStatuses.Cancelled);

    private bool Settled => Shipments.Count > 0 && Shipments.All(s => s.Status is ShipmentStatuses.Delivered or ShipmentStatuses.Returned or ShipmentStatuses.Cancelled);

    /// <summary>Every shipment is settled and at least one was delivered.</summary>
    public bool Delivered => Settled && Carrying.Any(s => s.Status == ShipmentStatuses.Delivered);

    /// <summary>Every shipment that carried goods came back.</summary>
    public bool Returned => Carrying.Any() && Carrying.All(s => s.Status == ShipmentStatuses.Returned);
}
