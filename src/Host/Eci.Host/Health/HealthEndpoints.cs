using System.Text.Json;
using Eci.Shared.Persistence;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Eci.Host.Health;

/// <summary>Liveness says the process runs; readiness says every module's database answers.</summary>
internal static class HealthEndpoints
{
    public static void MapEciHealth(this IEndpointRouteBuilder app)
    {
        var ready = new HealthCheckOptions { Predicate = c => c.Tags.Contains(ModulePersistenceExtensions.ReadyTag), ResponseWriter = WriteAsync };
        app.MapHealthChecks("/health", ready).AllowAnonymous();
        app.MapHealthChecks("/v1/health", ready).AllowAnonymous();
        app.MapHealthChecks("/health/ready", ready).AllowAnonymous();
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync }).AllowAnonymous();
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
