namespace Eci.Modules.Inventory.Features.PreviewAllocation;

internal sealed record ShortageDto(int ProductId, int Requested, long Available);
