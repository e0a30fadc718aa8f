using Eci.Shared.Auth;
using Mediator;

namespace Eci.Modules.Orders.Features.RequestReturn;

/// <summary>The order's customer (within the return window) or an admin asks to send delivered units back.</summary>
internal sealed record RequestReturn(Guid OrderId, IReadOnlyList<ReturnLineRequest>? Lines, Caller Caller, string? IdempotencyKey = null) : ICommand<ReturnResponse>;
