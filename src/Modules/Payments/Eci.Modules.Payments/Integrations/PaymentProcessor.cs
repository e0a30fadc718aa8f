using Eci.Shared.Contracts;
using Microsoft.Extensions.Options;
using Polly;
using Polly.CircuitBreaker;
using Polly.Registry;
using Polly.Timeout;

namespace Eci.Modules.Payments.Integrations;

/// <summary>
/// The processor as the module calls it: through <see cref="ProcessorPipeline"/>, every attempt under the same
/// idempotency key. A charge that is never answered ends as a <c>gateway_timeout</c> failure; a refund that is never
/// answered, and any call while the circuit is open (nothing is called then), give the caller a 503
/// <c>payment_processor_unavailable</c>.
/// </summary>
internal sealed class PaymentProcessor(IPaymentGateway gateway, ResiliencePipelineProvider<string> pipelines, IOptions<PaymentsOptions> options)
{
    /// <summary>The failure code of a charge the processor never answered.</summary>
    public const string UnansweredCode = "gateway_timeout";

    private readonly ResiliencePipeline _pipeline = pipelines.GetPipeline(ProcessorPipeline.Name);

    public Task<GatewayOutcome> ChargeAsync(string key, Money amount, string method, string? token, CancellationToken cancellationToken) =>
        CallAsync(ct => gateway.ChargeAsync(key, amount, method, token, ct), cancellationToken);

    public async Task<GatewayOutcome> RefundAsync(string key, string reference, Money amount, CancellationToken cancellationToken)
    {
        var outcome = await CallAsync(ct => gateway.RefundAsync(key, reference, amount, ct), cancellationToken);
        // Not a refusal: the processor may have made it. Kept as a refusal, it would be the idempotency key's answer for
        // a day, and a return or a cancel that waits on this refund could not finish.
        return outcome.FailureCode == UnansweredCode
            ? throw new PaymentProcessorUnavailableException(PaymentProcessorUnavailableException.RefundUnanswered)
            : outcome;
    }

    private async Task<GatewayOutcome> CallAsync(Func<CancellationToken, Task<GatewayOutcome>> call, CancellationToken cancellationToken)
    {
        var attempts = 0;
        try
        {
            var outcome = await _pipeline.ExecuteAsync(async ct =>
            {
                attempts++;
                return await call(ct);
            }, cancellationToken);
            return outcome with { Attempts = attempts };
        }
        catch (BrokenCircuitException open)
        {
            throw new PaymentProcessorUnavailableException { RetryAfter = open.RetryAfter };
        }
        catch (Exception ex) when (ex is GatewayTimeoutException or TimeoutRejectedException)
        {
            var calls = options.Value.Resilience.RetryAttempts + 1;
            return GatewayOutcome.Failure(UnansweredCode, $"The payment processor did not answer after {calls} attempts.") with { Attempts = attempts };
        }
    }
}
