using Mediator;

namespace Eci.Modules.Inventory.Features.ExtendReservationByAdmin;

/// <summary>The ExtendReservation contract over HTTP, answered with the reservation's own order reference.</summary>
internal sealed record ExtendReservationByAdmin(Guid ReservationId, int Minutes) : ICommand<ReservationResponse>;
