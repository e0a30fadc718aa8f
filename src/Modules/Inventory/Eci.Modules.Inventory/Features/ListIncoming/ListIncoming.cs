using Eci.Shared.Contracts;
using Mediator;

namespace Eci.Modules.Inventory.Features.ListIncoming;

/// <summary>Incoming stock, soonest expected first, optionally of one status and one product.</summary>
internal sealed record ListIncoming(PageRequest Paging, string? Status, int? ProductId) : IQuery<Page<IncomingResponse>>;
