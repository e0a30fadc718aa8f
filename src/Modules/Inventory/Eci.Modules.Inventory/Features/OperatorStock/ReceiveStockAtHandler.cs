using Mediator;

namespace Eci.Modules.Inventory.Features.OperatorStock;

// The API's own command does the work, so its rules and messages hold wherever stock is received.
internal sealed class ReceiveStockAtHandler(ISender sender) : ICommandHandler<Contracts.ReceiveStockAt>
{
    public async ValueTask<Unit> Handle(Contracts.ReceiveStockAt command, CancellationToken cancellationToken)
    {
        await sender.Send(new ReceiveStock.ReceiveStock(command.ProductId, command.Warehouse, command.Quantity, null, command.Reason, command.IdempotencyKey), cancellationToken);
        return Unit.Value;
    }
}
