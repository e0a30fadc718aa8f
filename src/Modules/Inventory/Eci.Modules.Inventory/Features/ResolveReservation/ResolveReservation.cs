using Mediator;

namespace Eci.Modules.Inventory.Features.ResolveReservation;

/// <summary>Finds the reservation an HTTP call means: by id, else the latest of the order.</summary>
internal sealed record ResolveReservation(Guid? ReservationId, string? OrderId) : IQuery<Guid>;
