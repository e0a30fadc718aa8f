using Eci.Modules.Payments.Contracts;
using Eci.Shared.Errors;

namespace Eci.Modules.Payments.Integrations;

/// <summary>
/// The processor never answered a refund: it may or may not have been made, so nothing is recorded and the idempotency
/// key keeps no outcome. The same key sent again asks the processor under the same refund key, which it answers with
/// the first outcome.
/// </summary>
internal sealed class RefundUnansweredException()
    : ProblemException(PaymentErrorCodes.ProcessorUnavailable, "Service unavailable",
        "The payment processor did not answer the refund; nothing is recorded. Retry with the same Idempotency-Key.")
{
    public override int StatusCode => 503;
}
