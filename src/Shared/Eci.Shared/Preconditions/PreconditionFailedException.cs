using Eci.Shared.Errors;

namespace Eci.Shared.Preconditions;

/// <summary>A conditional write whose <c>If-Match</c> no longer names the resource's current state.</summary>
public sealed class PreconditionFailedException()
    : ProblemException(ProblemTypes.PreconditionFailed, "Precondition failed",
        "The resource has changed since the tag in If-Match was read; read it again and retry.")
{
    public override int StatusCode => 412;
}
