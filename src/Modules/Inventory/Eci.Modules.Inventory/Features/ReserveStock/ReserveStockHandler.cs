using Eci.Modules.Inventory.Contracts;
using Mediator;

namespace Eci.Modules.Inventory.Features.ReserveStock;

internal sealed class ReserveStockHandler(ISender sender) : ICommandHandler<Contracts.ReserveStock, ReservationDto>
{
    public async ValueTask<ReservationDto> Handle(Contracts.ReserveStock command, CancellationToken cancellationToken)
    {
        var hold = new HoldStock.HoldStock(command.Lines, command.OrderId?.ToString(), command.Warehouse, command.ReservationMinutes, command.IdempotencyKey);
        return (await sender.Send(hold, cancellationToken)).ToDto();
    }
}
