using Mediator;

namespace Eci.Modules.Inventory.Features.ShipReservationByAdmin;

/// <summary>The ShipReservation contract over HTTP, answered with the reservation's own order reference.</summary>
internal sealed record ShipReservationByAdmin(Guid ReservationId) : ICommand<ReservationResponse>;
