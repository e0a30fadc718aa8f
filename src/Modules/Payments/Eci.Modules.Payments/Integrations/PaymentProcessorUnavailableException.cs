using Eci.Modules.Payments.Contracts;
using Eci.Shared.Errors;

namespace Eci.Modules.Payments.Integrations;

/// <summary>The processor's circuit is open: the call was not made, so nothing was charged and nothing is recorded.</summary>
internal sealed class PaymentProcessorUnavailableException()
    : ProblemException(PaymentErrorCodes.ProcessorUnavailable, "Service unavailable",
        "The payment processor is not answering; nothing was charged. Retry after the time in Retry-After.")
{
    public override int StatusCode => 503;
}
