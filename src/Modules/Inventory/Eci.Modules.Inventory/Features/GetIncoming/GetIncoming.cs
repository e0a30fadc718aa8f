using Mediator;

namespace Eci.Modules.Inventory.Features.GetIncoming;

internal sealed record GetIncoming(Guid IncomingId) : IQuery<IncomingResponse>;
