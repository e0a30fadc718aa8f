namespace Eci.Modules.Shipping.Domain;

/// <summary>
/// <c>preparing</c> → <c>shipped</c> → <c>in_transit</c> → <c>out_for_delivery</c> → <c>delivered</c>; a shipment that
/// has not left may be <c>cancelled</c>, one that has left may come back (<c>returned</c>), even after delivery.
/// </summary>
internal static class ShipmentStatus
{
    public const string Preparing = "preparing";
    public const string Shipped = "shipped";
    public const string InTransit = "in_transit";
    public const string OutForDelivery = "out_for_delivery";
    public const string Delivered = "delivered";
    public const string Cancelled = "cancelled";
    public const string Returned = "returned";

    public static readonly IReadOnlyList<string> All = [Preparing, Shipped, InTransit, OutForDelivery, Delivered, Cancelled, Returned];

    private static readonly Dictionary<string, string[]> Next = new()
    {
        [Preparing] = [Shipped, Cancelled],
        [Shipped] = [InTransit, Returned],
        [InTransit] = [OutForDelivery, Returned],
        [OutForDelivery] = [Delivered, Returned],
        [Delivered] = [Returned],
        [Cancelled] = [],
        [Returned] = [],
    };

    public static bool CanMove(string from, string to) => Next.TryGetValue(from, out var next) && next.Contains(to);

    public static bool HasLeft(string status) => status is Shipped or InTransit or OutForDelivery or Delivered or Returned;
}
