using Eci.Shared.Contracts;
using Mediator;

namespace Eci.Modules.Orders.Contracts;

/// <summary>
/// Asked by Orders for the order's timeline, answered by the module that notifies customers: the messages queued and
/// sent about the order, oldest first. Declared here because that module already follows Orders, not the other way
/// round. <paramref name="IncludeInternal"/> adds what only an admin may see.
/// </summary>
public sealed record GetOrderNotificationHistory(Guid OrderId, bool IncludeInternal) : IQuery<IReadOnlyList<OrderHistoryEntry>>;
