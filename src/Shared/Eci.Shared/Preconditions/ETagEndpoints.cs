using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Eci.Shared.Preconditions;

public static class ETagEndpoints
{
    /// <summary>Adds the ETag (and the 304 of a conditional read) to an endpoint that answers one resource.</summary>
    public static RouteHandlerBuilder WithETag(this RouteHandlerBuilder builder) =>
        builder.AddEndpointFilter<ETagFilter>().Produces(StatusCodes.Status304NotModified);

    /// <summary>Marks a write that honours If-Match: a stale tag is answered with 412.</summary>
    public static RouteHandlerBuilder WithIfMatch(this RouteHandlerBuilder builder) =>
        builder.AddEndpointFilter<ETagFilter>().ProducesProblem(StatusCodes.Status412PreconditionFailed);
}
