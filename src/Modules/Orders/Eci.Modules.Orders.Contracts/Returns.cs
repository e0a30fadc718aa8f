namespace Eci.Modules.Orders.Contracts;

/// <summary>
/// Where a return stands: <c>requested</c> → <c>receiving</c> (its units are being put back and refunded; the recovery
/// worker finishes it after a crash) → <c>received</c>; or <c>requested</c> → <c>rejected</c>.
/// </summary>
public static class ReturnStatuses
{
    public const string Requested = "requested";
    public const string Receiving = "receiving";
    public const string Received = "received";
    public const string Rejected = "rejected";

    public static readonly IReadOnlyList<string> All = [Requested, Receiving, Received, Rejected];

    /// <summary>True while the return's units count as on their way back.</summary>
    public static bool IsOpen(string status) => status is Requested or Receiving;
}

/// <summary>The problem codes of returns that callers compare.</summary>
public static class ReturnErrorCodes
{
    /// <summary>422: only a delivered order may be returned.</summary>
    public const string OrderNotReturnable = "order_not_returnable";

    /// <summary>422: the customer's return window after delivery has closed.</summary>
    public const string ReturnWindowClosed = "return_window_closed";

    /// <summary>422: more units than were delivered and are not already returned or in an open return.</summary>
    public const string ReturnExceedsDelivered = "return_exceeds_delivered";

    /// <summary>422: the receipt names units the return did not ask for.</summary>
    public const string ReceiptExceedsReturn = "receipt_exceeds_return";

    /// <summary>409: the return was received or rejected already.</summary>
    public const string ReturnClosed = "return_closed";
}
