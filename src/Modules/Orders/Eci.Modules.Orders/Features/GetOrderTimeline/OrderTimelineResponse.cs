using Eci.Shared.Contracts;

namespace Eci.Modules.Orders.Features.GetOrderTimeline;

internal sealed record OrderTimelineResponse(Guid OrderId, IReadOnlyList<OrderHistoryEntry> Entries);
