using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace Eci.Modules.Payments.Integrations;

/// <summary>
/// The resilience pipeline every call to the processor runs through, outermost first: retry, circuit breaker, a timeout
/// per attempt. Only an unanswered call counts (a timeout); a decline is an answer.
/// </summary>
internal static class ProcessorPipeline
{
    public const string Name = "payments-processor";

    public static IServiceCollection AddProcessorPipeline(this IServiceCollection services)
    {
        services.AddSingleton<ProcessorCircuit>();
        services.AddResilienceEnricher();
        services.AddResiliencePipeline(Name, (builder, context) =>
        {
            var settings = context.ServiceProvider.GetRequiredService<IOptions<PaymentsOptions>>().Value.Resilience;
            builder.TimeProvider = context.ServiceProvider.GetService<TimeProvider>();
            var unanswered = new PredicateBuilder().Handle<GatewayTimeoutException>().Handle<TimeoutRejectedException>();
            if (settings.RetryAttempts > 0)
            {
                builder.AddRetry(new RetryStrategyOptions
                {
                    ShouldHandle = unanswered,
                    MaxRetryAttempts = settings.RetryAttempts,
                    Delay = TimeSpan.FromMilliseconds(settings.RetryDelayMilliseconds),
                    BackoffType = DelayBackoffType.Linear,
                });
            }

            builder.AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                ShouldHandle = unanswered,
                FailureRatio = settings.BreakerFailureRatio,
                MinimumThroughput = settings.BreakerMinimumThroughput,
                SamplingDuration = TimeSpan.FromSeconds(settings.BreakerSamplingSeconds),
                BreakDuration = TimeSpan.FromSeconds(settings.BreakerBreakSeconds),
                StateProvider = context.ServiceProvider.GetRequiredService<ProcessorCircuit>().StateProvider,
            });
            builder.AddTimeout(TimeSpan.FromSeconds(settings.AttemptTimeoutSeconds));
        });
        services.AddSingleton<PaymentProcessor>();
        return services;
    }
}
