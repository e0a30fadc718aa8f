using Mediator;

namespace Eci.Modules.Inventory.Features.StartTransfer;

/// <summary>Takes available stock out of one warehouse and puts it in transit to another.</summary>
internal sealed record StartTransfer(int? ProductId, string? From, string? To, int? Quantity, string? Reference, string? IdempotencyKey = null)
    : ICommand<TransferResponse>;
