using Eci.Modules.Shipping.Contracts;
using Eci.Modules.Shipping.Domain;
using Eci.Modules.Shipping.Persistence;
using Eci.Shared.Errors;
using Eci.Shared.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Eci.Modules.Shipping.Features;

/// <summary>Moves shipments and tells the other modules in the same transaction (the outbox).</summary>
internal sealed class ShipmentMover(ShippingDbContext db, TimeProvider clock)
{
    public const string ConcurrentUpdate = "concurrent_update";

    public Task MoveAsync(Shipment shipment, string to, string? note, CancellationToken cancellationToken) =>
        MoveAllAsync([shipment], to, note, cancellationToken);

    // One save for all: each moves, or none does.
    public async Task MoveAllAsync(IReadOnlyList<Shipment> shipments, string to, string? note, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var moved = false;
        foreach (var shipment in shipments)
        {
            var from = shipment.Status;
            if (shipment.MoveTo(to, note, now))
            {
                db.Enqueue(new ShipmentStatusChanged(shipment.Id, Guid.Parse(shipment.OrderId), shipment.CustomerId, from, to, shipment.TrackingNumber, shipment.Carrier, now), now);
                moved = true;
            }
        }

        if (!moved)
        {
            return;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            var what = shipments.Count == 1 ? $"Shipment {shipments[0].Id}" : $"A shipment of order {shipments[0].OrderId}";
            throw new ConflictException(ConcurrentUpdate, $"{what} was changed by another request; read it again and retry.");
        }
    }
}
