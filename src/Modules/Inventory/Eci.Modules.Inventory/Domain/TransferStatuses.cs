namespace Eci.Modules.Inventory.Domain;

internal static class TransferStatuses
{
    public const string InTransit = "in_transit";
    public const string Received = "received";
    public const string Cancelled = "cancelled";

    public static readonly IReadOnlyList<string> All = [InTransit, Received, Cancelled];
}
