using Mediator;

namespace Eci.Modules.Orders.Contracts;

/// <summary>Cancels an order before it ships, as an admin's <c>POST /v1/orders/{id}/cancel</c> does: stock released, payment refunded; 409 once it has shipped.</summary>
public sealed record CancelOrderByOperator(Guid OrderId) : ICommand;
