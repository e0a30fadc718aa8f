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
}
