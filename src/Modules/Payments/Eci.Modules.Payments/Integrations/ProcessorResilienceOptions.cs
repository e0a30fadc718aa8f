namespace Eci.Modules.Payments.Integrations;

/// <summary>Settings under <c>Modules:Payments:Resilience</c>; ADR 0037 explains the values.</summary>
internal sealed class ProcessorResilienceOptions
{
    public double AttemptTimeoutSeconds { get; set; } = 10;

    /// <summary>Calls after the first one when the processor did not answer; 0 turns retries off.</summary>
    public int RetryAttempts { get; set; } = 2;

    /// <summary>Wait before a retry, times the retry's number.</summary>
    public int RetryDelayMilliseconds { get; set; } = 200;

    /// <summary>The share of unanswered calls in the sampling window that opens the circuit.</summary>
    public double BreakerFailureRatio { get; set; } = 0.5;

    /// <summary>Calls the window must hold before the ratio counts.</summary>
    public int BreakerMinimumThroughput { get; set; } = 10;

    public double BreakerSamplingSeconds { get; set; } = 30;

    /// <summary>How long the circuit stays open before one trial call is let through.</summary>
    public double BreakerBreakSeconds { get; set; } = 30;

    /// <summary>The ranges Polly accepts, checked at start-up rather than at the first charge.</summary>
    public bool IsValid() =>
        AttemptTimeoutSeconds is >= 0.01 and <= 86_400
        && RetryAttempts is >= 0 and <= 10
        && RetryDelayMilliseconds is >= 0 and <= 60_000
        && BreakerFailureRatio is > 0 and <= 1
        && BreakerMinimumThroughput >= 2
        && BreakerSamplingSeconds is >= 0.5 and <= 86_400
        && BreakerBreakSeconds is >= 0.5 and <= 86_400;
}
