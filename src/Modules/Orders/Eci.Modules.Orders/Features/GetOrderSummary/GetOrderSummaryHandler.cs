using Eci.Modules.Orders.Contracts;
using Eci.Modules.Orders.Persistence;
using Eci.Shared.Contracts;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Eci.Modules.Orders.Features.GetOrderSummary;

internal sealed class GetOrderSummaryHandler(OrdersDbContext db) : IQueryHandler<Contracts.GetOrderSummary, OrderSummary?>
{
    public async ValueTask<OrderSummary?> Handle(Contracts.GetOrderSummary query, CancellationToken cancellationToken)
    {
        var order = await db.Orders.AsNoTracking().FirstOrDefaultAsync(o => o.Id == query.OrderId, cancellationToken);
        return order is null
            ? null
            : new OrderSummary(
                order.Id, order.CustomerId, order.Status, order.ShippingAddress,
                order.Lines.Select(l => new OrderLineSummary(l.ProductId, l.Name, l.Quantity, new Money(l.UnitPriceMinor, order.Currency))).ToList(),
                order.PaymentStatus);
    }
}
