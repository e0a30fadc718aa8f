using Mediator;

namespace Eci.Modules.Inventory.Features.GetTransfer;

internal sealed record GetTransfer(Guid TransferId) : IQuery<TransferResponse>;
