namespace Eci.Modules.Inventory.Contracts;

/// <summary>The statuses of a reservation (<see cref="ReservationDto.Status"/>), as other modules compare them.</summary>
public static class ReservationStatuses
{
    /// <summary>Held for a checkout until <see cref="ReservationDto.ExpiresAt"/>.</summary>
    public const string Active = "active";

    /// <summary>Paid for; never expires.</summary>
    public const string Committed = "committed";

    /// <summary>Shipped: the stock has left the warehouse.</summary>
    public const string Fulfilled = "fulfilled";

    public const string Released = "released";
    public const string Expired = "expired";

    /// <summary>Shipped stock came back.</summary>
    public const string Returned = "returned";
}

/// <summary>The problem codes of Inventory that other modules compare.</summary>
public static class InventoryErrorCodes
{
    /// <summary>409: there is not enough stock for every line; nothing was held.</summary>
    public const string InsufficientStock = "insufficient_stock";

    /// <summary>409: the hold expired and its stock is no longer free.</summary>
    public const string ReservationExpired = "reservation_expired";

    /// <summary>409: the change would take a stock row above its on-hand limit; nothing was changed.</summary>
    public const string StockLimitExceeded = "stock_limit_exceeded";

    /// <summary>409: the transfer was received or cancelled already; only one in transit can be.</summary>
    public const string TransferClosed = "transfer_closed";

    /// <summary>409: the receipt would take incoming stock past what was expected, or it was received in full already.</summary>
    public const string IncomingExceeded = "incoming_exceeded";
}
