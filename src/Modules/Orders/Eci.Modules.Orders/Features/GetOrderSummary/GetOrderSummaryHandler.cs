using Eci.Modules.Orders.Contracts;
using Eci.Modules.Orders.Domain;
using Eci.Modules.Orders.Persistence;
using Eci.Shared.Contracts;
using Eci.Shared.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Eci.Modules.Orders.Features.GetOrderSummary;

internal sealed class GetOrderSummaryHandler(OrdersDbContext db) : IQueryHandler<Contracts.GetOrderSummary, OrderSummary?>
{
    // Compiled: the notifications read every placed order's summary.
    private static readonly CompiledPerModel<Func<OrdersDbContext, Guid, CancellationToken, Task<Order?>>> ById = new(() =>
        EF.CompileAsyncQuery((OrdersDbContext db, Guid id, CancellationToken _) => db.Orders.AsNoTracking().FirstOrDefault(o => o.Id == id)));

    public async ValueTask<OrderSummary?> Handle(Contracts.GetOrderSummary query, CancellationToken cancellationToken)
    {
        var order = await ById.For(db)(db, query.OrderId, cancellationToken);
        return order is null
            ? null
            : new OrderSummary(
                order.Id, order.CustomerId, order.Status, order.ShippingAddress,
                order.Lines.Select(l => new OrderLineSummary(l.ProductId, l.Name, l.Quantity, new Money(l.UnitPriceMinor, order.Currency))).ToList(),
                order.PaymentStatus);
    }
}
