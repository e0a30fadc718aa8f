using Eci.Modules.Inventory.Domain;
using Mediator;

namespace Eci.Modules.Inventory.Features.CancelTransfer;

internal sealed class CancelTransferHandler(TransferClosing closing) : ICommandHandler<CancelTransfer, TransferResponse>
{
    public async ValueTask<TransferResponse> Handle(CancelTransfer command, CancellationToken cancellationToken) =>
        await closing.CloseAsync(command.TransferId, TransferStatuses.Cancelled, command.IdempotencyKey, cancellationToken);
}
