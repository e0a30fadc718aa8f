namespace Eci.Modules.Inventory.Domain;

/// <summary>
/// The bounds every stock figure keeps, so that no figure or sum of figures can overflow: a stock row holds at most
/// <see cref="MaxOnHand"/>, and one request moves at most <see cref="MaxPerRequest"/> (ADR 0030).
/// </summary>
internal static class StockLimits
{
    /// <summary>On hand per product and warehouse; reserved and committed are bounded by it.</summary>
    public const int MaxOnHand = 1_000_000_000;

    /// <summary>One receipt, one adjustment (either sign) or one imported row.</summary>
    public const int MaxPerRequest = 1_000_000;
}
