using Eci.Shared.Auth;
using Mediator;

namespace Eci.Modules.Orders.Features.CancelOrder;

/// <summary>The customer cancels their own order before it ships.</summary>
internal sealed record CancelOrder(Guid Id, Caller Caller) : ICommand<OrderResponse>;
