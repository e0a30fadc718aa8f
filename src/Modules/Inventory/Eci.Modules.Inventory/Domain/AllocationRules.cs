namespace Eci.Modules.Inventory.Domain;

internal static class AllocationRules
{
    // The whole request from one warehouse, the highest-priority one that could serve all of it.
    public const string SingleWarehouse = "single_warehouse";

    // No warehouse could serve the whole request; this line comes whole from one warehouse.
    public const string LineWarehouse = "line_warehouse";

    // This line is split across warehouses, by priority, then by most available.
    public const string Split = "split";

    // The caller named the warehouse.
    public const string RequestedWarehouse = "requested_warehouse";
}
