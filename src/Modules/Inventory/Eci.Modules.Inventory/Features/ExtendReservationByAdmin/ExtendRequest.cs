namespace Eci.Modules.Inventory.Features.ExtendReservationByAdmin;

internal sealed record ExtendRequest(int? Minutes);
