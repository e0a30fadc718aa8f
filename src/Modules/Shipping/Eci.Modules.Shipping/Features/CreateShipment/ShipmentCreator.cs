using Eci.Modules.Shipping.Contracts;
using Eci.Modules.Shipping.Domain;
using Eci.Modules.Shipping.Persistence;
using Eci.Shared.Contracts;
using Eci.Shared.Outbox;
using Eci.Shared.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Eci.Modules.Shipping.Features.CreateShipment;

// Creates an order's one shipment, or finds the one it has. The insert is tried first, since an order is shipped once
// and a repeat is rare: the unique index on the order refuses a second shipment (a repeat, or the loser of two racing
// creators), and only then is the existing one read and returned.
internal sealed class ShipmentCreator(ShippingDbContext db, TimeProvider clock)
{
    private const int TrackingNumberAttempts = 3;

    public async Task<(Shipment Shipment, bool Created)> CreateAsync(
        Guid orderId, int customerId, string carrier, PostalAddress address, IReadOnlyList<ShipmentItem> items, CancellationToken cancellationToken)
    {
        var key = orderId.ToString();
        for (var attempt = 1; ; attempt++)
        {
            if (attempt > 1 && await FindAsync(key, cancellationToken) is { } existing)
            {
                return (existing, false);
            }

            var now = clock.GetUtcNow().UtcDateTime;
            var shipment = Shipment.Create(
                key, customerId, carrier, TrackingNumbers.New(), Destination.From(address),
                items.Select(i => new ShipmentItemLine(i.ProductId, i.Name, i.Quantity)), now);
            db.Shipments.Add(shipment);
            db.Enqueue(new ShipmentCreated(shipment.Id, orderId, customerId, shipment.TrackingNumber, now), now);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return (shipment, true);
            }
            catch (DbUpdateException ex) when (ex.IsUniqueViolation() && attempt < TrackingNumberAttempts)
            {
                // Either this order has its shipment already (found on the next turn) or, rarely, the tracking
                // number was taken (a new one is drawn).
                db.ChangeTracker.Clear();
            }
        }
    }

    private Task<Shipment?> FindAsync(string orderId, CancellationToken cancellationToken) =>
        db.Shipments.FirstOrDefaultAsync(s => s.OrderId == orderId, cancellationToken);
}
