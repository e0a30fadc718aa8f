using Eci.Modules.Shipping.Persistence;
using Eci.Shared.Contracts;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Eci.Modules.Shipping.Features.GetOrderShipmentHistory;

internal sealed class GetOrderShipmentHistoryHandler(ShippingDbContext db) : IQueryHandler<Contracts.GetOrderShipmentHistory, IReadOnlyList<OrderHistoryEntry>>
{
    public async ValueTask<IReadOnlyList<OrderHistoryEntry>> Handle(Contracts.GetOrderShipmentHistory query, CancellationToken cancellationToken)
    {
        var orderId = query.OrderId.ToString();
        var shipments = await db.Shipments.AsNoTracking().Where(s => s.OrderId == orderId).ToListAsync(cancellationToken);
        return shipments.SelectMany(ShipmentHistory.Of).OrderBy(e => e.At).ToList();
    }
}
