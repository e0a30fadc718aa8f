using Mediator;

namespace Eci.Modules.Inventory.Features.ReleaseReservationByAdmin;

/// <summary>The ReleaseReservation contract over HTTP, answered with the reservation's own order reference.</summary>
internal sealed record ReleaseReservationByAdmin(Guid ReservationId, string? Reason) : ICommand<ReservationResponse>;
