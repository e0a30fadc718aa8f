namespace Eci.Shared.Idempotency;

/// <summary>
/// What an idempotent operation is keyed by: the client's key (none means no idempotency), who asks (keys of different
/// callers never meet), the operation, and the request whose hash must match on a retry.
/// </summary>
public sealed record IdempotentRequest(string? Key, string Scope, string Operation, object Request)
{
    public const int MaxKeyLength = 255;
}

/// <summary>Whether this request's answer was replayed from a stored outcome; the HTTP layer reports it in a header.</summary>
public sealed class IdempotencyContext
{
    public const string Header = "Idempotency-Key";
    public const string ReplayedHeader = "Idempotent-Replayed";

    public bool Replayed { get; set; }
}
