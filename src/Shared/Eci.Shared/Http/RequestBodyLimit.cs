using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Eci.Shared.Http;

public static class RequestBodyLimit
{
    /// <summary>
    /// Rejects bodies over the limit with 413 before any endpoint reads them: by Content-Length at once, and for
    /// chunked bodies through the server's own limit while reading.
    /// </summary>
    public static IApplicationBuilder UseRequestBodyLimit(this IApplicationBuilder app, long maxBytes) =>
        app.Use((context, next) =>
        {
            if (context.Request.ContentLength > maxBytes)
            {
                throw new BadHttpRequestException("Request body too large.", StatusCodes.Status413PayloadTooLarge);
            }

            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            {
                limit.MaxRequestBodySize = maxBytes;
            }

            return next(context);
        });
}
