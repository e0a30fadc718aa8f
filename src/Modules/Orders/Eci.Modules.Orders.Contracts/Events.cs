using Eci.Shared.Contracts;
using Mediator;

namespace Eci.Modules.Orders.Contracts;

/// <summary>A customer placed an order; its workflow has started.</summary>
public sealed record OrderPlaced(Guid OrderId, int CustomerId, Money Total, IReadOnlyList<OrderLineSummary> Lines, DateTime OccurredAt) : INotification;

/// <summary>An order's payment was captured and its stock committed.</summary>
public sealed record OrderPaid(Guid OrderId, int CustomerId, Money Total, Guid PaymentId, DateTime OccurredAt) : INotification;

/// <summary>An order was cancelled; <see cref="Reason"/> is e.g. <c>out_of_stock</c>, <c>payment_declined</c>, <c>customer_cancelled</c>.</summary>
public sealed record OrderCancelled(Guid OrderId, int CustomerId, string Reason, bool Refunded, DateTime OccurredAt) : INotification;

/// <summary>An order was delivered.</summary>
public sealed record OrderCompleted(Guid OrderId, int CustomerId, DateTime OccurredAt) : INotification;

/// <summary>A line of an order as sold: the name and unit price it was sold at.</summary>
public sealed record OrderLineSummary(int ProductId, string Name, int Quantity, Money UnitPrice);
