using Eci.Modules.Shipping.Contracts;
using Eci.Modules.Shipping.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;
using GetOrderShipmentsQuery = Eci.Modules.Shipping.Contracts.GetOrderShipments;

namespace Eci.Modules.Shipping.Features.GetOrderShipments;

internal sealed class GetOrderShipmentsHandler(ShippingDbContext db) : IQueryHandler<GetOrderShipmentsQuery, IReadOnlyList<ShipmentDto>>
{
    public async ValueTask<IReadOnlyList<ShipmentDto>> Handle(GetOrderShipmentsQuery query, CancellationToken cancellationToken)
    {
        var orderId = query.OrderId.ToString();
        return (await db.Shipments.AsNoTracking().Where(s => s.OrderId == orderId).OrderBy(s => s.CreatedAt).ThenBy(s => s.Warehouse).ToListAsync(cancellationToken))
            .Select(s => s.ToDto()).ToList();
    }
}
