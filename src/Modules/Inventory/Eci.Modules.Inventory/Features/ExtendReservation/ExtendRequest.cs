namespace Eci.Modules.Inventory.Features.ExtendReservation;

internal sealed record ExtendRequest(int? Minutes);
