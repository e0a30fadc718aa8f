using Eci.Shared.Auth;
using Mediator;

namespace Eci.Modules.Orders.Features.GetOrder;

/// <summary>An order for its customer or an admin; anyone else is told it does not exist.</summary>
internal sealed record GetOrder(Guid Id, Caller Caller) : IQuery<OrderResponse>;
