namespace Eci.Shared.Errors;

/// <summary>A failure the caller can act on; the host turns it into an RFC 9457 problem with a stable code.</summary>
public abstract class ProblemException(string code, string title, string detail) : Exception(detail)
{
    /// <summary>Stable, machine-readable code; also the last part of the problem's <c>type</c>.</summary>
    public string Code { get; } = code;

    public string Title { get; } = title;

    public abstract int StatusCode { get; }

    /// <summary>Extra members written into the problem document (e.g. what is available).</summary>
    public IDictionary<string, object?> Extensions { get; } = new Dictionary<string, object?>();

    /// <summary>For a problem that passes (a 503, a request still in progress): when to try again, sent as <c>Retry-After</c>.</summary>
    public TimeSpan? RetryAfter { get; init; }
}

/// <summary>The addressed resource does not exist, or the caller may not know that it does.</summary>
public sealed class NotFoundException(string resource, object id)
    : ProblemException("not_found", "Resource not found", $"{resource} {id} was not found.")
{
    public override int StatusCode => 404;
}

/// <summary>The request is well-formed but clashes with the current state (duplicate, illegal transition, no stock).</summary>
public sealed class ConflictException(string code, string detail)
    : ProblemException(code, "Conflict with the current state", detail)
{
    public override int StatusCode => 409;
}

/// <summary>The caller's credentials are missing or wrong; the detail never says which part was wrong.</summary>
public sealed class UnauthorizedException(string code, string detail)
    : ProblemException(code, "Not authenticated", detail)
{
    public override int StatusCode => 401;
}
