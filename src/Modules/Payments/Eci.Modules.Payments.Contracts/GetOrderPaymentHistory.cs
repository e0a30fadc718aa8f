using Eci.Shared.Contracts;
using Mediator;

namespace Eci.Modules.Payments.Contracts;

/// <summary>
/// What the payments module did for an order, oldest first, for the order's timeline. <paramref name="IncludeInternal"/>
/// adds what only an admin may see.
/// </summary>
public sealed record GetOrderPaymentHistory(Guid OrderId, bool IncludeInternal) : IQuery<IReadOnlyList<OrderHistoryEntry>>;
