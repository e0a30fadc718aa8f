using Eci.Modules.Shipping.Persistence;
using Eci.Shared.Auth;
using Eci.Shared.Contracts;
using Eci.Shared.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Eci.Modules.Shipping.Features.ListShipments;

internal sealed class ListShipmentsHandler(ShippingDbContext db) : IQueryHandler<ListShipments, Page<ShipmentResponse>>
{
    public async ValueTask<Page<ShipmentResponse>> Handle(ListShipments query, CancellationToken cancellationToken) =>
        await db.Shipments.AsNoTracking()
            .VisibleTo(query.Caller, s => s.CustomerId)
            .WhereIf(!string.IsNullOrWhiteSpace(query.OrderId), s => s.OrderId == query.OrderId)
            .ToPageAsync(q => q.OrderByDescending(s => s.CreatedAt).ThenByDescending(s => s.Id), query.Paging, ShipmentResponse.From, cancellationToken);
}
