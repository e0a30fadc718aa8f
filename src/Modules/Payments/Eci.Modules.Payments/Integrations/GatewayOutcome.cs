namespace Eci.Modules.Payments.Integrations;

/// <summary>What the processor said: a reference when it succeeded, a failure code and message when it did not.</summary>
internal sealed record GatewayOutcome(bool Succeeded, string? Reference, string? FailureCode, string? FailureMessage)
{
    /// <summary>How many times the processor was called for this outcome, retries of unanswered calls included.</summary>
    public int Attempts { get; init; } = 1;

    public static GatewayOutcome Success(string reference) => new(true, reference, null, null);

    public static GatewayOutcome Failure(string code, string message) => new(false, null, code, message);
}
