using Eci.Shared.Contracts;
using Mediator;

namespace Eci.Modules.Orders.Contracts;

/// <summary>A customer or an admin asked to return units of a delivered order; <see cref="RefundAmount"/> is what receiving them all would refund.</summary>
public sealed record ReturnRequested(Guid ReturnId, Guid OrderId, int CustomerId, IReadOnlyList<ReturnedLine> Lines, Money RefundAmount, DateTime OccurredAt) : INotification;

/// <summary>A return's units arrived: restocked or written off, and <see cref="Refunded"/> given back.</summary>
public sealed record ReturnReceived(Guid ReturnId, Guid OrderId, int CustomerId, IReadOnlyList<ReturnedLine> Lines, Money Refunded, DateTime OccurredAt) : INotification;

/// <summary>An admin refused a return; nothing was put back or refunded.</summary>
public sealed record ReturnRejected(Guid ReturnId, Guid OrderId, int CustomerId, string Reason, DateTime OccurredAt) : INotification;

/// <summary>Every unit of an order has come back (through returns or a returned shipment), and its money with it.</summary>
public sealed record OrderReturned(Guid OrderId, int CustomerId, DateTime OccurredAt) : INotification;

/// <summary>A quantity of one product in a return.</summary>
public sealed record ReturnedLine(int ProductId, int Quantity);
