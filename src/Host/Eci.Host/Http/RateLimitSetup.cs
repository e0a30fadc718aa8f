using System.Threading.RateLimiting;
using Eci.Shared.Auth;
using Eci.Shared.Errors;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Eci.Host.Http;

/// <summary>
/// Two limits. Per client address, on login, registration and password changes (<c>RateLimits:Auth</c>): beyond it
/// 429. For the whole process, on requests in flight (<c>RateLimits:Concurrency</c>): a burst beyond capacity waits in
/// a bounded queue, and beyond that is shed at once with 503, so overload never turns into every request timing out.
/// Both answer with Retry-After. Probes and the metrics scrape are never limited.
/// </summary>
internal static class RateLimitSetup
{
    public static IServiceCollection AddEciRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var permits = configuration.GetValue("RateLimits:Auth:PermitLimit", 10);
        var window = TimeSpan.FromSeconds(configuration.GetValue("RateLimits:Auth:WindowSeconds", 60));
        var inFlight = configuration.GetValue("RateLimits:Concurrency:PermitLimit", 64);
        var queued = configuration.GetValue("RateLimits:Concurrency:QueueLimit", 512);
        return services.AddRateLimiter(o =>
        {
            o.AddPolicy(Policies.AuthRateLimit, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "local",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = window, QueueLimit = 0 }));
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => IsProbeOrScrape(context.Request.Path)
                ? RateLimitPartition.GetNoLimiter("unlimited")
                : RateLimitPartition.GetConcurrencyLimiter("in-flight", _ => new ConcurrencyLimiterOptions
                {
                    PermitLimit = inFlight,
                    QueueLimit = queued,
                    QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                }));
            o.OnRejected = (context, _) => RejectAsync(context, window);
        });
    }

    private static async ValueTask RejectAsync(OnRejectedContext context, TimeSpan window)
    {
        var http = context.HttpContext;
        var perClient = http.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName == Policies.AuthRateLimit
            && context.Lease.TryGetMetadata(MetadataName.RetryAfter, out _);
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : perClient ? window : TimeSpan.FromSeconds(1);
        http.Response.StatusCode = perClient ? StatusCodes.Status429TooManyRequests : StatusCodes.Status503ServiceUnavailable;
        http.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var code = perClient ? ProblemTypes.TooManyRequests : ProblemTypes.Overloaded;
        await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = new ProblemDetails
            {
                Status = http.Response.StatusCode,
                Type = ProblemTypes.Uri(code),
                Title = perClient ? "Too many requests" : "Service overloaded",
                Detail = perClient
                    ? "Too many attempts from this client; retry after the time in Retry-After."
                    : "The server is at capacity; retry after the time in Retry-After.",
                Extensions = { ["code"] = code },
            },
        });
    }

    private static bool IsProbeOrScrape(PathString path) => path.StartsWithSegments("/health") || path.StartsWithSegments("/metrics");
}
