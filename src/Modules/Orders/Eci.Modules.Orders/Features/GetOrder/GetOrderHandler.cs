using Eci.Modules.Orders.Persistence;
using Eci.Modules.Shipping.Contracts;
using Eci.Shared.Auth;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Eci.Modules.Orders.Features.GetOrder;

// The order with its shipments' progress, one per warehouse it ships from; an unpaid order has none to ask for.
internal sealed class GetOrderHandler(OrdersDbContext db, ISender sender) : IQueryHandler<GetOrder, OrderResponse>
{
    public async ValueTask<OrderResponse> Handle(GetOrder query, CancellationToken cancellationToken)
    {
        var order = await db.Orders.AsNoTracking()
            .FindVisibleAsync(o => o.Id == query.Id, query.Caller, o => o.CustomerId, "Order", query.Id, cancellationToken);
        var shipments = order.PaymentId is null ? [] : await sender.Send(new GetOrderShipments(order.Id), cancellationToken);
        return OrderResponse.From(order) with { Shipments = shipments.Select(OrderShipmentResponse.From).ToList() };
    }
}
