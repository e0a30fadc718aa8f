using Eci.Shared.Contracts;
using Mediator;

namespace Eci.Modules.Payments.Contracts;

/// <summary>Money was captured for an order.</summary>
public sealed record PaymentSucceeded(Guid PaymentId, Guid OrderId, int CustomerId, Money Amount, DateTime OccurredAt) : INotification;

/// <summary>A charge for an order was declined or failed.</summary>
public sealed record PaymentFailed(Guid PaymentId, Guid OrderId, int CustomerId, Money Amount, string FailureCode, DateTime OccurredAt) : INotification;

/// <summary>Money was given back; <see cref="TotalRefunded"/> is the payment's refunded total so far.</summary>
public sealed record PaymentRefunded(Guid PaymentId, Guid OrderId, int CustomerId, Money Amount, Money TotalRefunded, DateTime OccurredAt) : INotification;
