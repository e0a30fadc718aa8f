using Mediator;

namespace Eci.Modules.Inventory.Features.CancelTransfer;

/// <summary>Returns a transfer's stock to its source, before it is received.</summary>
internal sealed record CancelTransfer(Guid TransferId, string? IdempotencyKey) : ICommand<TransferResponse>;
