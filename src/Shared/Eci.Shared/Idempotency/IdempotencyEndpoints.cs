using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Eci.Shared.Idempotency;

public static class IdempotencyEndpoints
{
    /// <summary>Adds <c>Idempotent-Replayed: true</c> to the answer when it was replayed from a stored outcome.</summary>
    public static TBuilder ReportsIdempotentReplays<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (invocation, next) =>
        {
            var http = invocation.HttpContext;
            http.Response.OnStarting(() =>
            {
                if (http.RequestServices.GetRequiredService<IdempotencyContext>().Replayed)
                {
                    http.Response.Headers[IdempotencyContext.ReplayedHeader] = "true";
                }

                return Task.CompletedTask;
            });
            return await next(invocation);
        });

    /// <summary>The key from the Idempotency-Key header, else from the body's <c>idempotency_key</c>.</summary>
    public static string? KeyFrom(HttpContext http, string? bodyKey) =>
        http.Request.Headers.TryGetValue(IdempotencyContext.Header, out var header) && !string.IsNullOrWhiteSpace(header)
            ? header.ToString()
            : bodyKey;
}
