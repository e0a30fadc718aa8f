using System.Threading.RateLimiting;
using Eci.Shared.Auth;
using Eci.Shared.Errors;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Eci.Host.Http;

/// <summary>A per-address limit on the account endpoints (429) and per-class in-flight limits for the process (503, ADR 0028).</summary>
internal static class RateLimitSetup
{
    private const string Concurrency = "RateLimits:Concurrency";

    private static readonly Dictionary<WorkClass, ClassLimit> Defaults = new()
    {
        [WorkClass.Reads] = new(32, 128),
        [WorkClass.Writes] = new(16, 64),
        [WorkClass.Checkout] = new(8, 64),
    };

    public static IServiceCollection AddEciRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var permits = configuration.GetValue("RateLimits:Auth:PermitLimit", 10);
        var window = TimeSpan.FromSeconds(configuration.GetValue("RateLimits:Auth:WindowSeconds", 60));
        var limits = ClassLimits(configuration);
        var queueTimeout = TimeSpan.FromMilliseconds(Positive(configuration, $"{Concurrency}:QueueTimeoutMilliseconds", 500, allowZero: true));
        var retryAfter = TimeSpan.FromSeconds(Positive(configuration, $"{Concurrency}:RetryAfterSeconds", 1, allowZero: false));
        services.AddSingleton<SharedWindowLimits>();
        // The limits run before sign-in (ADR 0054): a partition goes by client address, path or method, never by the caller.
        return services.AddRateLimiter(o =>
        {
            o.AddPolicy(Policies.AuthRateLimit, context => AuthPartition(context, permits, window));
            o.GlobalLimiter = new WorkClassLimiter(limits, queueTimeout, retryAfter);
            o.OnRejected = (context, _) => RejectAsync(context, window);
        });
    }

    // Counted in the shared store where the deployment has one (PostgreSQL), so the limit holds across replicas; in
    // process otherwise (ADR 0040).
    private static RateLimitPartition<string> AuthPartition(HttpContext context, int permits, TimeSpan window)
    {
        var client = context.Connection.RemoteIpAddress?.ToString() ?? "local";
        var shared = context.RequestServices.GetRequiredService<SharedWindowLimits>();
        return shared.Available
            ? RateLimitPartition.Get(client, key => shared.Create(key, permits, window))
            : RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = window, QueueLimit = 0 });
    }

    private static Dictionary<WorkClass, ClassLimit> ClassLimits(IConfiguration configuration)
    {
        foreach (var retired in new[] { "PermitLimit", "QueueLimit" })
        {
            if (configuration[$"{Concurrency}:{retired}"] is not null)
            {
                throw new InvalidOperationException(
                    $"{Concurrency}:{retired} is no longer read; set {Concurrency}:<Reads|Writes|Checkout>:{retired} for each class of work.");
            }
        }

        return Defaults.ToDictionary(d => d.Key, d => new ClassLimit(
            Positive(configuration, $"{Concurrency}:{d.Key}:PermitLimit", d.Value.PermitLimit, allowZero: false),
            Positive(configuration, $"{Concurrency}:{d.Key}:QueueLimit", d.Value.QueueLimit, allowZero: true)));
    }

    private static int Positive(IConfiguration configuration, string key, int fallback, bool allowZero)
    {
        var value = configuration.GetValue(key, fallback);
        return value > 0 || (allowZero && value == 0)
            ? value
            : throw new InvalidOperationException($"{key} must be {(allowZero ? "zero or more" : "at least 1")}, not {value}.");
    }

    private static async ValueTask RejectAsync(OnRejectedContext context, TimeSpan window)
    {
        var http = context.HttpContext;
        // Only the work-class limiter sheds; any other refusal is the per-client limit of the auth endpoints.
        var shed = context.Lease as ShedLease;
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : window;
        http.Response.StatusCode = shed is null ? StatusCodes.Status429TooManyRequests : StatusCodes.Status503ServiceUnavailable;
        http.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var code = shed is null ? ProblemTypes.TooManyRequests : ProblemTypes.Overloaded;
        var problem = new ProblemDetails
        {
            Status = http.Response.StatusCode,
            Type = ProblemTypes.Uri(code),
            Title = shed is null ? "Too many requests" : "Service overloaded",
            Detail = shed is null
                ? "Too many attempts from this client; retry after the time in Retry-After."
                : "The server is at capacity for this kind of request; retry after the time in Retry-After.",
            Extensions = { ["code"] = code },
        };
        if (shed is not null)
        {
            problem.Extensions["work_class"] = shed.Work.ToString().ToLowerInvariant();
        }

        await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem });
    }
}
