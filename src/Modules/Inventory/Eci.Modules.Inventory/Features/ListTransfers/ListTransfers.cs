using Eci.Shared.Contracts;
using Mediator;

namespace Eci.Modules.Inventory.Features.ListTransfers;

/// <summary>Transfers, newest first, optionally of one status and one product.</summary>
internal sealed record ListTransfers(PageRequest Paging, string? Status, int? ProductId) : IQuery<Page<TransferResponse>>;
