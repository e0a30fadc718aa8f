using Mediator;

namespace Eci.Modules.Inventory.Features.OperatorStock;

internal sealed class AdjustStockAtHandler(ISender sender) : ICommandHandler<Contracts.AdjustStockAt>
{
    public async ValueTask<Unit> Handle(Contracts.AdjustStockAt command, CancellationToken cancellationToken)
    {
        await sender.Send(new AdjustStock.AdjustStock(command.ProductId, command.Warehouse, command.Delta, command.Reason, command.IdempotencyKey), cancellationToken);
        return Unit.Value;
    }
}
