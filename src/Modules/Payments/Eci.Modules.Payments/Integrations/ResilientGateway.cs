using Eci.Shared.Contracts;
using Microsoft.Extensions.Options;

namespace Eci.Modules.Payments.Integrations;

/// <summary>Retries a timeout with the same idempotency key; one that keeps timing out fails with <c>gateway_timeout</c>.</summary>
internal sealed class ResilientGateway(IPaymentGateway gateway, IOptions<PaymentsOptions> options, TimeProvider clock)
{
    public Task<GatewayOutcome> ChargeAsync(string key, Money amount, string method, string? token, CancellationToken cancellationToken) =>
        WithRetriesAsync(() => gateway.ChargeAsync(key, amount, method, token, cancellationToken), cancellationToken);

    public Task<GatewayOutcome> RefundAsync(string key, string reference, Money amount, CancellationToken cancellationToken) =>
        WithRetriesAsync(() => gateway.RefundAsync(key, reference, amount, cancellationToken), cancellationToken);

    private async Task<GatewayOutcome> WithRetriesAsync(Func<Task<GatewayOutcome>> call, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await call();
            }
            catch (GatewayTimeoutException) when (attempt < settings.GatewayAttempts)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(settings.GatewayRetryDelayMilliseconds * attempt), clock, cancellationToken);
            }
            catch (GatewayTimeoutException)
            {
                return GatewayOutcome.Failure("gateway_timeout", $"The payment processor did not answer after {attempt} attempts.");
            }
        }
    }
}
