using Eci.Modules.Shipping.Contracts;
using Eci.Modules.Shipping.Domain;
using Eci.Modules.Shipping.Persistence;
using Eci.Shared.Errors;
using Eci.Shared.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Eci.Modules.Shipping.Features;

/// <summary>Moves a shipment and tells the other modules in the same transaction (the outbox).</summary>
internal sealed class ShipmentMover(ShippingDbContext db, TimeProvider clock)
{
    public const string ConcurrentUpdate = "concurrent_update";

    public async Task MoveAsync(Shipment shipment, string to, string? note, CancellationToken cancellationToken)
    {
        var from = shipment.Status;
        var now = clock.GetUtcNow().UtcDateTime;
        if (!shipment.MoveTo(to, note, now))
        {
            return;
        }

        db.Enqueue(new ShipmentStatusChanged(shipment.Id, Guid.Parse(shipment.OrderId), shipment.CustomerId, from, to, shipment.TrackingNumber, shipment.Carrier, now), now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConflictException(ConcurrentUpdate, $"Shipment {shipment.Id} was changed by another request; read it again and retry.");
        }
    }
}
