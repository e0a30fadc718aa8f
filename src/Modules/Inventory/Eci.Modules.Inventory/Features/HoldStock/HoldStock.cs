using Eci.Modules.Inventory.Contracts;
using Mediator;

namespace Eci.Modules.Inventory.Features.HoldStock;

/// <summary>The ReserveStock contract with the order reference as a reservation stores it (an admin's may be any text).</summary>
internal sealed record HoldStock(
    IReadOnlyList<StockLine> Lines,
    string? OrderId,
    string? Warehouse,
    int? ReservationMinutes,
    string? IdempotencyKey) : ICommand<ReservationResponse>;
