using Mediator;

namespace Eci.Modules.Inventory.Features.PreviewAllocation;

/// <summary>The allocation a reservation would get now, without holding anything.</summary>
internal sealed record PreviewAllocation(HoldStock.HoldStock Request) : IQuery<AllocationPreview>;
