using Eci.Modules.Payments.Contracts;
using Eci.Shared.Errors;

namespace Eci.Modules.Payments.Integrations;

/// <summary>
/// The processor cannot be relied on for this call, so nothing is recorded and the idempotency key keeps no outcome:
/// either its circuit is open and it was not called, or it never answered a refund, which it may or may not have made
/// (the same key sent again asks it under the same refund key, and it answers with the first outcome).
/// </summary>
internal sealed class PaymentProcessorUnavailableException(string detail = PaymentProcessorUnavailableException.CircuitOpen)
    : ProblemException(PaymentErrorCodes.ProcessorUnavailable, "Service unavailable", detail)
{
    public const string CircuitOpen = "The payment processor is not answering; nothing was charged. Retry after the time in Retry-After.";
    public const string RefundUnanswered = "The payment processor did not answer the refund; nothing is recorded. Retry with the same Idempotency-Key.";

    public override int StatusCode => 503;
}
