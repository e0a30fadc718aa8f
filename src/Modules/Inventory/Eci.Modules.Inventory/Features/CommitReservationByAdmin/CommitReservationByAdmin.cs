using Mediator;

namespace Eci.Modules.Inventory.Features.CommitReservationByAdmin;

/// <summary>The CommitReservation contract over HTTP, answered with the reservation's own order reference.</summary>
internal sealed record CommitReservationByAdmin(Guid ReservationId) : ICommand<ReservationResponse>;
