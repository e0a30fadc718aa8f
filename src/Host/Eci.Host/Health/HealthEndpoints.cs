using System.Text.Json;
using Eci.Shared.Persistence;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Eci.Host.Health;

/// <summary>Liveness says the process runs; readiness says every module's database answers.</summary>
internal static class HealthEndpoints
{
    public const string LivePath = "/health/live";

    // Liveness runs no checks, so its report never changes: the same bytes the health-check writer produced for an
    // empty report, written without building one.
    private static readonly byte[] LiveReport = """{"status":"healthy","duration_ms":0,"checks":{}}"""u8.ToArray();

    public static void MapEciHealth(this IEndpointRouteBuilder app)
    {
        var ready = new HealthCheckOptions { Predicate = c => c.Tags.Contains(ModulePersistenceExtensions.ReadyTag), ResponseWriter = WriteAsync };
        app.MapHealthChecks("/health", ready).AllowAnonymous();
        app.MapHealthChecks("/v1/health", ready).AllowAnonymous();
        app.MapHealthChecks("/health/ready", ready).AllowAnonymous();
        // Probed every few seconds by the orchestrator and the image's HEALTHCHECK: answered as soon as it is routed,
        // without authentication, rate limiting or the output cache, none of which applies to it.
        app.Map(LivePath, WriteLiveAsync).AllowAnonymous().ShortCircuit();
    }

    private static Task WriteLiveAsync(HttpContext context)
    {
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/json";
        // What the health-check middleware sends: a probe's answer is never cached.
        var headers = response.Headers;
        headers.CacheControl = "no-store, no-cache";
        headers.Pragma = "no-cache";
        headers.Expires = "Thu, 01 Jan 1970 00:00:00 GMT";
        response.ContentLength = LiveReport.Length;
        return response.Body.WriteAsync(LiveReport).AsTask();
    }

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        var body = new
        {
            status = report.Status.ToString().ToLowerInvariant(),
            duration_ms = Math.Round(report.TotalDuration.TotalMilliseconds, 1),
            checks = report.Entries.ToDictionary(
                e => e.Key,
                e => new { status = e.Value.Status.ToString().ToLowerInvariant(), description = e.Value.Description }),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body));
    }
}
