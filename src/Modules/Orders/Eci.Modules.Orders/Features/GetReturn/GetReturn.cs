using Eci.Shared.Auth;
using Mediator;

namespace Eci.Modules.Orders.Features.GetReturn;

/// <summary>A return for the order's customer or an admin; anyone else is told it does not exist.</summary>
internal sealed record GetReturn(Guid Id, Caller Caller) : IQuery<ReturnResponse>;
