using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Eci.Shared.Preconditions;

/// <summary>Answers a single resource with its <c>ETag</c>, and a read whose <c>If-None-Match</c> names it with 304.</summary>
public sealed class ETagFilter : IEndpointFilter
{
    private const string JsonContentType = "application/json; charset=utf-8";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var result = await next(context);
        if (result is not (IValueHttpResult { Value: { } value } and IStatusCodeHttpResult { StatusCode: StatusCodes.Status200OK }))
        {
            return result;
        }

        var http = context.HttpContext;
        if (value is IVersionedResource versioned)
        {
            return Tagged(http, EntityTags.ForVersion(versioned.Version), result);
        }

        // A read-only representation is tagged by a digest of its JSON: serialized once, for the digest and the body alike.
        var options = http.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        var body = JsonSerializer.SerializeToUtf8Bytes(value, value.GetType(), options);
        return Tagged(http, EntityTags.ForBody(body), TypedResults.Bytes(body, JsonContentType));
    }

    private static object Tagged(HttpContext http, string tag, object result)
    {
        http.Response.Headers.ETag = tag;
        return IsRead(http.Request) && NoneMatchNames(http.Request, tag) ? TypedResults.StatusCode(StatusCodes.Status304NotModified) : result;
    }

    private static bool IsRead(HttpRequest request) => HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method);

    // If-None-Match compares weakly: W/"7" names the same state as "7".
    private static bool NoneMatchNames(HttpRequest request, string tag)
    {
        if (request.Headers.IfNoneMatch.Count == 0)
        {
            return false;
        }

        var current = new EntityTagHeaderValue(tag);
        return request.GetTypedHeaders().IfNoneMatch.Any(t => t.Tag == EntityTagHeaderValue.Any.Tag || t.Compare(current, useStrongComparison: false));
    }
}
