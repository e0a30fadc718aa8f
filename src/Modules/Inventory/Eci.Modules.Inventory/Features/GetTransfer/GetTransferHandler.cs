using Eci.Modules.Inventory.Persistence;
using Mediator;

namespace Eci.Modules.Inventory.Features.GetTransfer;

internal sealed class GetTransferHandler(TransferStore transfers) : IQueryHandler<GetTransfer, TransferResponse>
{
    public async ValueTask<TransferResponse> Handle(GetTransfer query, CancellationToken cancellationToken) =>
        await transfers.GetAsync(query.TransferId, cancellationToken);
}
