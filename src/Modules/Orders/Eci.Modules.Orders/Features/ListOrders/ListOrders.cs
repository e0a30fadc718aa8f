using Eci.Shared.Auth;
using Eci.Shared.Contracts;
using Mediator;

namespace Eci.Modules.Orders.Features.ListOrders;

/// <summary>The caller's orders, newest first; an admin sees everyone's and may filter by status and customer.</summary>
internal sealed record ListOrders(PageRequest Paging, string? Status, int? CustomerId, Caller Caller) : IQuery<Page<OrderResponse>>;
