namespace Eci.Modules.Inventory.Domain;

// The bounds every stock figure keeps, so that no figure or sum of figures can overflow (ADR 0030).
internal static class StockLimits
{
    // On hand per product and warehouse; reserved and committed are bounded by it.
    public const int MaxOnHand = 1_000_000_000;

    // One receipt, one adjustment (either sign) or one imported row.
    public const int MaxPerRequest = 1_000_000;
}
