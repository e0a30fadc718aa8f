using Eci.Modules.Inventory.Domain;
using Mediator;

namespace Eci.Modules.Inventory.Features.ReceiveTransfer;

internal sealed class ReceiveTransferHandler(TransferClosing closing) : ICommandHandler<ReceiveTransfer, TransferResponse>
{
    public async ValueTask<TransferResponse> Handle(ReceiveTransfer command, CancellationToken cancellationToken) =>
        await closing.CloseAsync(command.TransferId, TransferStatuses.Received, command.IdempotencyKey, cancellationToken);
}
