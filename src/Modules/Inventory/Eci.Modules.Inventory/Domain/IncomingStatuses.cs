namespace Eci.Modules.Inventory.Domain;

internal static class IncomingStatuses
{
    // Expected, with units still to come (none or some received).
    public const string Open = "open";
    public const string Received = "received";

    public static readonly IReadOnlyList<string> All = [Open, Received];
}
