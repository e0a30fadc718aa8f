using Mediator;

namespace Eci.Modules.Inventory.Features.GetReservationByAdmin;

/// <summary>The GetReservation contract over HTTP, answered with the reservation's own order reference; null when there is none.</summary>
internal sealed record GetReservationByAdmin(Guid ReservationId) : IQuery<ReservationResponse?>;
