using Eci.Shared.Errors;

namespace Eci.Shared.Idempotency;

/// <summary>The key was used before with a different request.</summary>
public sealed class IdempotencyKeyReusedException()
    : ProblemException("idempotency_key_reused", "Idempotency key reused", "This Idempotency-Key was used with a different request.")
{
    public override int StatusCode => 422;
}

/// <summary>A request with the same key is still being processed; the client is told to come back in a second.</summary>
public sealed class IdempotencyKeyInFlightException : ProblemException
{
    public IdempotencyKeyInFlightException()
        : base("idempotency_key_in_flight", "Request in progress", "A request with this Idempotency-Key is still in progress; retry after the time in Retry-After.") =>
        RetryAfter = TimeSpan.FromSeconds(1);

    public override int StatusCode => 409;
}

/// <summary>A failure recorded under a key and replayed to a retry.</summary>
public sealed class StoredProblemException(int status, string code, string title, string detail) : ProblemException(code, title, detail)
{
    public override int StatusCode => status;
}

/// <summary>An operation that moves money or stock was called without a key to make its retries safe.</summary>
public sealed class IdempotencyKeyRequiredException()
    : ProblemException("idempotency_key_required", "Idempotency key required", "This call needs an Idempotency-Key header (or an idempotency_key field).")
{
    public override int StatusCode => 400;
}
