using Eci.Shared.Auth;
using Mediator;

namespace Eci.Modules.Orders.Features.GetOrderTimeline;

/// <summary>Everything that happened to an order, across modules, for its customer or an admin; anyone else gets a 404.</summary>
internal sealed record GetOrderTimeline(Guid Id, Caller Caller) : IQuery<OrderTimelineResponse>;
