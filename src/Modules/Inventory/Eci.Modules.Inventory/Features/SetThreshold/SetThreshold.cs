using Mediator;

namespace Eci.Modules.Inventory.Features.SetThreshold;

/// <summary>Sets a product's own low-stock threshold (null goes back to the configured default).</summary>
internal sealed record SetThreshold(int ProductId, int? Threshold) : ICommand<StockResponse>;
