using Mediator;

namespace Eci.Modules.Shipping.Contracts;

/// <summary>
/// Records where a shipment is, as the API's status change does (its transitions, its 409 for an illegal one, and the
/// order following a delivery or a return); setting the status it has changes nothing.
/// </summary>
public sealed record SetShipmentStatus(Guid ShipmentId, string Status, string? Note = null) : ICommand;
