using Eci.Modules.Shipping.Persistence;
using Eci.Shared.Auth;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Eci.Modules.Shipping.Features.GetShipment;

internal sealed class GetShipmentHandler(ShippingDbContext db) : IQueryHandler<GetShipment, ShipmentResponse>
{
    public async ValueTask<ShipmentResponse> Handle(GetShipment query, CancellationToken cancellationToken) =>
        ShipmentResponse.From(await db.Shipments.AsNoTracking().FindVisibleAsync(
            s => s.Id == query.Id, query.Caller, s => s.CustomerId, "Shipment", query.Id, cancellationToken));
}
