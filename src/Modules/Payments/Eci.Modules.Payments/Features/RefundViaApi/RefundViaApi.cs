using Mediator;

namespace Eci.Modules.Payments.Features.RefundViaApi;

/// <summary>An HTTP refund: the amount as a decimal of the payment's currency.</summary>
internal sealed record RefundViaApi(Guid PaymentId, RefundRequest Body, string? IdempotencyKey) : ICommand<PaymentResponse>;
