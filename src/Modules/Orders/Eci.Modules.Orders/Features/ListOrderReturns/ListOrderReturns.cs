using Eci.Shared.Auth;
using Eci.Shared.Contracts;
using Mediator;

namespace Eci.Modules.Orders.Features.ListOrderReturns;

/// <summary>An order's returns, oldest first, for its customer or an admin.</summary>
internal sealed record ListOrderReturns(Guid OrderId, PageRequest Paging, Caller Caller) : IQuery<Page<ReturnResponse>>;
