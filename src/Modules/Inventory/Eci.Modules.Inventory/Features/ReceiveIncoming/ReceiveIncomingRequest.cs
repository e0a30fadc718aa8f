namespace Eci.Modules.Inventory.Features.ReceiveIncoming;

/// <summary>The body of a receipt; it may be left out to receive everything outstanding.</summary>
internal sealed record ReceiveIncomingRequest(int? Quantity, string? IdempotencyKey);
