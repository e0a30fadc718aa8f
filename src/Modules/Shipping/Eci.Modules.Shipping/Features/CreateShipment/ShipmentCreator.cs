using Eci.Modules.Shipping.Contracts;
using Eci.Modules.Shipping.Domain;
using Eci.Modules.Shipping.Persistence;
using Eci.Shared.Contracts;
using Eci.Shared.Outbox;
using Eci.Shared.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Eci.Modules.Shipping.Features.CreateShipment;

// Creates an order's shipments, one per warehouse its items leave from, or finds those it has. The inserts are tried
// first, all in one save, since an order is shipped once and a repeat is rare: the unique index on (order, warehouse)
// refuses a second shipment from one warehouse (a repeat, the loser of two racing creators, or the rest of a creation
// a crash cut short), and only then are the existing ones read and the missing ones inserted.
internal sealed class ShipmentCreator(ShippingDbContext db, TimeProvider clock)
{
    private const int Attempts = 3;

    public async Task<(IReadOnlyList<Shipment> Shipments, bool Created)> CreateAsync(
        Guid orderId, int customerId, string carrier, PostalAddress address, IReadOnlyList<ShipmentItem> items, CancellationToken cancellationToken)
    {
        var key = orderId.ToString();
        var parcels = WarehouseParcel.Split(items);
        for (var attempt = 1; ; attempt++)
        {
            var existing = attempt > 1 ? await FindAsync(key, cancellationToken) : [];
            var missing = parcels.Where(p => existing.All(s => s.Warehouse != p.Warehouse)).ToList();
            if (missing.Count == 0)
            {
                return (existing, false);
            }

            var now = clock.GetUtcNow().UtcDateTime;
            var created = missing.Select(p => Shipment.Create(
                key, customerId, p.Warehouse, carrier, TrackingNumbers.New(), ShipmentAddress.From(address),
                p.Items.Select(i => new ShipmentItemLine(i.ProductId, i.Name, i.Quantity)), now)).ToList();
            foreach (var shipment in created)
            {
                db.Shipments.Add(shipment);
                db.Enqueue(new ShipmentCreated(shipment.Id, orderId, customerId, shipment.TrackingNumber, now), now);
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return ([.. existing.Concat(created).OrderBy(s => s.CreatedAt).ThenBy(s => s.Warehouse, StringComparer.Ordinal)], true);
            }
            catch (DbUpdateException ex) when (ex.IsUniqueViolation() && attempt < Attempts)
            {
                // Either a shipment of this order from one of these warehouses exists already (found on the next turn)
                // or, rarely, a tracking number was taken (a new one is drawn).
                db.ChangeTracker.Clear();
            }
        }
    }

    private async Task<IReadOnlyList<Shipment>> FindAsync(string orderId, CancellationToken cancellationToken) =>
        await db.Shipments.Where(s => s.OrderId == orderId).OrderBy(s => s.CreatedAt).ThenBy(s => s.Warehouse).ToListAsync(cancellationToken);
}
