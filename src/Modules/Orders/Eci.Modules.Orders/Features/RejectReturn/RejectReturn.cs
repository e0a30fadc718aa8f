using Mediator;

namespace Eci.Modules.Orders.Features.RejectReturn;

/// <summary>An admin refuses a requested return, saying why; its units may be asked for again.</summary>
internal sealed record RejectReturn(Guid Id, string? Reason, string? IdempotencyKey = null) : ICommand<ReturnResponse>;
