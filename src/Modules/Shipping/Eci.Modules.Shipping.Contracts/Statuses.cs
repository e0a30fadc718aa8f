namespace Eci.Modules.Shipping.Contracts;

/// <summary>The statuses of a shipment (<see cref="ShipmentDto.Status"/>, <see cref="ShipmentStatusChanged.To"/>), as other modules compare them.</summary>
public static class ShipmentStatuses
{
    public const string Preparing = "preparing";
    public const string Shipped = "shipped";
    public const string InTransit = "in_transit";
    public const string OutForDelivery = "out_for_delivery";
    public const string Delivered = "delivered";
    public const string Cancelled = "cancelled";
    public const string Returned = "returned";

    /// <summary>True once the parcel has left the warehouse: it can no longer be cancelled.</summary>
    public static bool HasLeft(string status) => status is Shipped or InTransit or OutForDelivery or Delivered or Returned;
}

/// <summary>The problem codes of Shipping that other modules compare.</summary>
public static class ShippingErrorCodes
{
    /// <summary>The parcel has left the warehouse, so its shipment can no longer be cancelled.</summary>
    public const string ShipmentAlreadyLeft = "shipment_already_left";
}
