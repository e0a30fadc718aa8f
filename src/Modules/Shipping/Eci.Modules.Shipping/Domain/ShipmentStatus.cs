using Eci.Modules.Shipping.Contracts;

namespace Eci.Modules.Shipping.Domain;

/// <summary>preparing → shipped → in_transit → out_for_delivery → delivered; cancelled before it leaves, returned after (even once delivered).</summary>
internal static class ShipmentStatus
{
    public const string Preparing = ShipmentStatuses.Preparing;
    public const string Shipped = ShipmentStatuses.Shipped;
    public const string InTransit = ShipmentStatuses.InTransit;
    public const string OutForDelivery = ShipmentStatuses.OutForDelivery;
    public const string Delivered = ShipmentStatuses.Delivered;
    public const string Cancelled = ShipmentStatuses.Cancelled;
    public const string Returned = ShipmentStatuses.Returned;

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

    public static bool HasLeft(string status) => ShipmentStatuses.HasLeft(status);
}
