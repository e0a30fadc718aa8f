using Eci.Shared.Contracts;
using Mediator;

namespace Eci.Modules.Orders.Features.ListReturns;

/// <summary>Every return, newest first, for an admin; filtered by status.</summary>
internal sealed record ListReturns(PageRequest Paging, string? Status) : IQuery<Page<ReturnResponse>>;
