using Eci.Shared.Contracts;
using Microsoft.Extensions.Options;
using Polly;
using Polly.CircuitBreaker;
using Polly.Registry;
using Polly.Timeout;

namespace Eci.Modules.Payments.Integrations;

/// <summary>
/// The processor as the module calls it: through <see cref="ProcessorPipeline"/>, every attempt under the same
/// idempotency key. A call that is never answered ends as a <c>gateway_timeout</c> failure; while the circuit is open
/// nothing is called and the caller gets a 503 <c>payment_processor_unavailable</c>.
/// </summary>
internal sealed class PaymentProcessor(IPaymentGateway gateway, ResiliencePipelineProvider<string> pipelines, IOptions<PaymentsOptions> options)
{
    /// <summary>The failure code of a charge the processor never answered.</summary>
    public const string UnansweredCode = "gateway_timeout";

    private readonly ResiliencePipeline _pipeline = pipelines.GetPipeline(ProcessorPipeline.Name);

    public Task<GatewayOutcome> ChargeAsync(string key, Money amount, string method, string? token, CancellationToken cancellationToken) =>
        CallAsync(ct => gateway.ChargeAsync(key, amount, method, token, ct), cancellationToken);

    public Task<GatewayOutcome> RefundAsync(string key, string reference, Money amount, CancellationToken cancellationToken) =>
        CallAsync(ct => gateway.RefundAsync(key, reference, amount, ct), cancellationToken);

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
