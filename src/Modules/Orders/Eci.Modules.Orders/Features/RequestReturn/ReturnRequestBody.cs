namespace Eci.Modules.Orders.Features.RequestReturn;

internal sealed record ReturnRequestBody(IReadOnlyList<ReturnLineRequest>? Lines, string? IdempotencyKey = null);
