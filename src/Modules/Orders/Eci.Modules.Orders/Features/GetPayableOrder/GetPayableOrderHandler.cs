using Eci.Modules.Orders.Persistence;
using Eci.Modules.Payments.Contracts;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Eci.Modules.Orders.Features.GetPayableOrder;

internal sealed class GetPayableOrderHandler(OrdersDbContext db) : IQueryHandler<Payments.Contracts.GetPayableOrder, PayableOrder?>
{
    public async ValueTask<PayableOrder?> Handle(Payments.Contracts.GetPayableOrder query, CancellationToken cancellationToken)
    {
        var customer = await db.Orders.AsNoTracking().Where(o => o.Id == query.OrderId).Select(o => (int?)o.CustomerId).FirstOrDefaultAsync(cancellationToken);
        return customer is { } customerId ? new PayableOrder(query.OrderId, customerId) : null;
    }
}
