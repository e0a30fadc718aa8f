using Mediator;

namespace Eci.Modules.Inventory.Features.ReceiveIncoming;

/// <summary>Units of incoming stock arrive: on hand in its warehouse; all that is outstanding when no quantity is given.</summary>
internal sealed record ReceiveIncoming(Guid IncomingId, int? Quantity, string? IdempotencyKey) : ICommand<IncomingResponse>;
