namespace Eci.Modules.Orders.Features;

internal sealed record ReturnLineResponse(int ProductId, int Quantity, string? Reason);
