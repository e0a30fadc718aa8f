using Eci.Shared.Preconditions;
using Mediator;

namespace Eci.Modules.Orders.Features.ChangeOrderStatus;

/// <summary>An admin moves an order by hand: <c>cancelled</c> (refunds and restocks a paid order) or <c>completed</c>.</summary>
internal sealed record ChangeOrderStatus(Guid Id, string? Status, string? Reason) : ICommand<OrderResponse>
{
    public IfMatch? IfMatch { get; init; }
}
