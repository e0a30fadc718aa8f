using Eci.Modules.Inventory.Contracts;
using Eci.Modules.Orders.Contracts;
using Eci.Modules.Orders.Persistence;
using Eci.Modules.Payments.Contracts;
using Eci.Modules.Shipping.Contracts;
using Eci.Shared.Auth;
using Eci.Shared.Contracts;
using Eci.Shared.Idempotency;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Eci.Modules.Orders.Features.GetOrderTimeline;

// Each module tells what it did from the data it keeps; the order only merges. Entries at the same instant keep the
// order of the workflow's steps, which is the order the modules are asked in.
internal sealed class GetOrderTimelineHandler(OrdersDbContext db, ISender sender) : IQueryHandler<GetOrderTimeline, OrderTimelineResponse>
{
    public async ValueTask<OrderTimelineResponse> Handle(GetOrderTimeline query, CancellationToken cancellationToken)
    {
        var order = await db.Orders.AsNoTracking()
            .FindVisibleAsync(o => o.Id == query.Id, query.Caller, o => o.CustomerId, "Order", query.Id, cancellationToken);
        var admin = query.Caller.IsAdmin;
        var key = admin ? (await db.KeysThatCreatedAsync([OrderResponse.LocationOf(order.Id)], cancellationToken)).Values.FirstOrDefault() : null;
        IEnumerable<OrderHistoryEntry> entries = OrderHistory.Of(order, admin, key);
        entries = entries
            .Concat(await sender.Send(new GetOrderStockHistory(order.Id, admin), cancellationToken))
            .Concat(await sender.Send(new GetOrderPaymentHistory(order.Id, admin), cancellationToken))
            .Concat(await sender.Send(new GetOrderShipmentHistory(order.Id, admin), cancellationToken))
            .Concat(await sender.Send(new GetOrderNotificationHistory(order.Id, admin), cancellationToken));
        return new OrderTimelineResponse(order.Id, entries.OrderBy(e => e.At).ToList());
    }
}
