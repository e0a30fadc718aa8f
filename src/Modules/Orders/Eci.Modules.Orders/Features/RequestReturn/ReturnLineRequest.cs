namespace Eci.Modules.Orders.Features.RequestReturn;

internal sealed record ReturnLineRequest(int? ProductId, int? Quantity, string? Reason);
