using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Eci.Shared.Preconditions;

/// <summary>The tags a write was made conditional on: strong comparison, and <c>*</c> matches any existing resource.</summary>
public sealed class IfMatch
{
    private readonly IReadOnlyList<EntityTagHeaderValue> tags;

    private IfMatch(IReadOnlyList<EntityTagHeaderValue> tags) => this.tags = tags;

    /// <summary>The request's condition, or null when it has no If-Match (the write goes through unconditionally).</summary>
    public static IfMatch? From(HttpRequest request) =>
        request.Headers.IfMatch.Count == 0 ? null : new IfMatch([.. request.GetTypedHeaders().IfMatch]);

    public bool Matches(int version)
    {
        var current = EntityTags.ForVersion(version);
        return tags.Any(t => t.Tag == EntityTagHeaderValue.Any.Tag || (!t.IsWeak && t.Tag == current));
    }

    /// <summary>Throws a 412 unless the version read is one the caller named; the write's concurrency token then keeps it atomic.</summary>
    public void Ensure(int version)
    {
        if (!Matches(version))
        {
            throw new PreconditionFailedException();
        }
    }
}
