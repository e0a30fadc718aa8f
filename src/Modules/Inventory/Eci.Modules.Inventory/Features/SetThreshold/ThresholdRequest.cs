namespace Eci.Modules.Inventory.Features.SetThreshold;

internal sealed record ThresholdRequest(int? LowStockThreshold);
