using Eci.Shared.Preconditions;
using Mediator;

namespace Eci.Modules.Shipping.Features.ChangeShipmentStatus;

/// <summary>An admin (for the carrier) records where a shipment is; setting the status it has changes nothing.</summary>
internal sealed record ChangeShipmentStatus(Guid Id, string? Status, string? Note) : ICommand<ShipmentResponse>
{
    public IfMatch? IfMatch { get; init; }
}
