using Mediator;

namespace Eci.Modules.Inventory.Features.ExpectStock;

/// <summary>Records stock on its way to a warehouse (a purchase-order line), expected on a date.</summary>
internal sealed record ExpectStock(int? ProductId, string? Warehouse, int? Quantity, DateOnly? ExpectedAt, string? Reference, string? IdempotencyKey = null)
    : ICommand<IncomingResponse>;
