using Mediator;

namespace Eci.Modules.Inventory.Features.ReceiveTransfer;

/// <summary>Puts a transfer's stock on hand in its destination.</summary>
internal sealed record ReceiveTransfer(Guid TransferId, string? IdempotencyKey) : ICommand<TransferResponse>;
