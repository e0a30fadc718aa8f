using Eci.Modules.Inventory.Persistence;
using Mediator;

namespace Eci.Modules.Inventory.Features.GetIncoming;

internal sealed class GetIncomingHandler(IncomingStore incoming) : IQueryHandler<GetIncoming, IncomingResponse>
{
    public async ValueTask<IncomingResponse> Handle(GetIncoming query, CancellationToken cancellationToken) =>
        await incoming.GetAsync(query.IncomingId, cancellationToken);
}
