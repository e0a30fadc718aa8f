using Mediator;

namespace Eci.Modules.Orders.Features.ReceiveReturn;

/// <summary>An admin records a return's units as arrived: each restocked in a warehouse or written off, then refunded.</summary>
internal sealed record ReceiveReturn(Guid Id, IReadOnlyList<ReceiptLineRequest>? Lines, string? IdempotencyKey = null) : ICommand<ReturnResponse>;
