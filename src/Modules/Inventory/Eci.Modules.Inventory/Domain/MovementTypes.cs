namespace Eci.Modules.Inventory.Domain;

internal static class MovementTypes
{
    public const string Received = "received";
    public const string Adjusted = "adjusted";
    public const string Reserved = "reserved";
    public const string Released = "released";
    public const string Expired = "expired";
    public const string Committed = "committed";
    public const string Shipped = "shipped";
    public const string Returned = "returned";

    // A return's units: back on hand, or recorded as written off without touching any figure.
    public const string Restocked = "restocked";
    public const string WrittenOff = "written_off";

    // A transfer's stock leaving its source, entering its destination, or going back to its source when cancelled.
    public const string TransferOut = "transfer_out";
    public const string TransferIn = "transfer_in";
    public const string TransferBack = "transfer_back";

    public static readonly IReadOnlyList<string> Transfers = [TransferOut, TransferIn, TransferBack];
}
