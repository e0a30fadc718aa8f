using Eci.Modules.Inventory.Contracts;
using Eci.Modules.Orders.Contracts;
using Eci.Modules.Orders.Features.SplitShipments;
using Eci.Modules.Orders.Persistence;
using Eci.Modules.Shipping.Contracts;
using Eci.Shared.Contracts;
using Mediator;
using Microsoft.EntityFrameworkCore;
using GetShippableOrderQuery = Eci.Modules.Shipping.Contracts.GetShippableOrder;

namespace Eci.Modules.Orders.Features.GetShippableOrder;

// Orders decides whether its goods may go: paid, not being cancelled, its money not all given back.
internal sealed class GetShippableOrderHandler(OrdersDbContext db, ISender sender) : IQueryHandler<GetShippableOrderQuery, ShippableOrder?>
{
    public async ValueTask<ShippableOrder?> Handle(GetShippableOrderQuery query, CancellationToken cancellationToken)
    {
        var order = await db.Orders.AsNoTracking().FirstOrDefaultAsync(o => o.Id == query.OrderId, cancellationToken);
        if (order is null)
        {
            return null;
        }

        // The items as they leave each warehouse (ADR 0047), so that shipping it by hand splits it as the workflow does.
        var hold = order.ReservationId is { } reservationId ? await sender.Send(new GetReservation(reservationId), cancellationToken) : null;
        var a = order.ShippingAddress;
        return new ShippableOrder(
            order.Id,
            order.CustomerId,
            new PostalAddress(a.Line1, a.Line2, a.City, a.PostalCode, a.Country),
            ShipmentItemsFromHold.For(order, hold),
            OrderStatuses.MayShip(order.Status) && order.PaymentStatus != OrderPaymentStatuses.Refunded,
            order.Status,
            order.PaymentStatus);
    }
}
