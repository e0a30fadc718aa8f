using Eci.Modules.Inventory.Contracts;

namespace Eci.Modules.Inventory.Features.PreviewAllocation;

internal sealed record AllocationPreview(bool Complete, IReadOnlyList<ReservationLineDto> Lines, IReadOnlyList<ShortageDto> Shortages);
