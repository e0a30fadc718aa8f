namespace Eci.Modules.Orders.Features.ChangeOrderStatus;

internal sealed record StatusRequest(string? Status, string? Reason);
