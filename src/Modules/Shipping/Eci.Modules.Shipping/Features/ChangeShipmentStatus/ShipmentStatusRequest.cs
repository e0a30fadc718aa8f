namespace Eci.Modules.Shipping.Features.ChangeShipmentStatus;

internal sealed record ShipmentStatusRequest(string? Status, string? Note);
