using Eci.Modules.Inventory.Contracts;
using Eci.Modules.Inventory.Domain;
using Eci.Modules.Inventory.Features;

namespace Eci.Modules.Inventory.Persistence;

/// <summary>A reservation with the codes of the warehouses its lines name, enough to answer with it.</summary>
internal sealed record ShownReservation(Reservation Reservation, IReadOnlyDictionary<int, string> Codes)
{
    public ReservationResponse ToResponse() =>
        new(Reservation.Id, Reservation.OrderId, Reservation.Status, Reservation.ExpiresAt,
            Reservation.Lines.Select(l => new ReservationLineDto(l.ProductId, Codes[l.WarehouseId], l.Quantity, l.AllocationRule)).ToList(),
            Reservation.CreatedAt, Reservation.UpdatedAt);
}
