using Eci.Modules.Orders.Contracts;

namespace Eci.Modules.Orders.Domain;

internal static class OrderStatus
{
    public const string Pending = OrderStatuses.Pending;
    public const string StockReserved = OrderStatuses.StockReserved;
    public const string Paid = OrderStatuses.Paid;
    public const string Fulfilling = OrderStatuses.Fulfilling;
    public const string Completed = OrderStatuses.Completed;
    public const string Cancelling = OrderStatuses.Cancelling;
    public const string Cancelled = OrderStatuses.Cancelled;
    public const string Returned = OrderStatuses.Returned;
    public const string PartiallyReturned = OrderStatuses.PartiallyReturned;

    public static readonly IReadOnlyList<string> All = [Pending, StockReserved, Paid, Fulfilling, Completed, Cancelling, Cancelled, Returned, PartiallyReturned];
}
