using System.Diagnostics.Metrics;
using Eci.Shared.Observability;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Eci.Host.Observability;

/// <summary>Traces, metrics and logs through OpenTelemetry: scraped at /metrics, sent over OTLP when an endpoint is set.</summary>
internal static class TelemetrySetup
{
    /// <summary>The modules' meters: each module names its own <c>Eci.&lt;Module&gt;</c>.</summary>
    private const string ModuleMeters = "Eci.*";

    /// <summary>Polly's own events (retries, timeouts, the circuit opening) for the payment processor's pipeline.</summary>
    private const string PollyMeter = "Polly";

    /// <summary>
    /// The series one stream may hold before the rest fold into its overflow series. The SDK allocates a stream's points
    /// up front, as many as its limit: at its default (2,000) the ~85 streams held 12 MB of large-object heap that no
    /// request touches. Only the instruments below have more series than this.
    /// </summary>
    private const int SeriesPerStream = 128;

    /// <summary>Instruments whose series grow with the API's routes, the hosts it calls or the stock rows it shows.</summary>
    private static readonly HashSet<string> WideInstruments =
    [
        "http.server.request.duration",
        "http.client.request.duration",
        "aspnetcore.routing.match_attempts",
        "inventory_available_stock",
    ];

    /// <summary>
    /// Instruments updated on every request or command that no dashboard, alert or runbook reads, each restating one that
    /// stays (the request's and the command's duration, the limiter's refusals, the pools' connections). A dropped
    /// instrument is never enabled, so the framework skips it instead of aggregating it: about 3 % of the host's CPU per
    /// catalog page (docs/benchmarks.md).
    /// </summary>
    private static readonly HashSet<string> UnreadInstruments =
    [
        "aspnetcore.routing.match_attempts",
        "aspnetcore.rate_limiting.request_lease.duration",
        "aspnetcore.rate_limiting.active_request_leases",
        "aspnetcore.authentication.authenticate.duration",
        "aspnetcore.memory_pool.rented",
        "db.client.operation.npgsql.executing",
        "db.client.operation.npgsql.bytes_read",
        "db.client.operation.npgsql.bytes_written",
    ];

    public static WebApplicationBuilder AddEciTelemetry(this WebApplicationBuilder builder)
    {
        var otlp = !string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(
                serviceName: builder.Configuration["OTEL_SERVICE_NAME"] ?? "eci",
                serviceVersion: typeof(TelemetrySetup).Assembly.GetName().Version?.ToString()))
            .WithMetrics(metrics => metrics
                .AddMeter(ModuleMeters)
                .AddMeter(PollyMeter)
                .AddView(StreamOf)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddProcessInstrumentation()
                .AddNpgsqlInstrumentation()
                .AddPrometheusExporter());
        if (!otlp)
        {
            // Spans and log records are only built when something receives them (spans for every PostgreSQL
            // command with no exporter held ~20 MB more under checkout load). Logs still carry the request's trace id.
            return builder;
        }

        telemetry.WithTracing(tracing => tracing
                .AddSource(TracingBehavior<Mediator.IMessage, object>.SourceName)
                .AddAspNetCoreInstrumentation(o => o.Filter = http => !IsScrapeOrProbe(http.Request.Path))
                .AddHttpClientInstrumentation()
                .AddNpgsql())
            .UseOtlpExporter();
        builder.Logging.AddOpenTelemetry(logging =>
        {
            logging.IncludeFormattedMessage = true;
            logging.IncludeScopes = true;
        });
        return builder;
    }

    /// <summary>How an instrument is exported: not at all, with no series limit, or with the usual one.</summary>
    private static MetricStreamConfiguration? StreamOf(Instrument instrument) =>
        UnreadInstruments.Contains(instrument.Name) ? MetricStreamConfiguration.Drop
        : WideInstruments.Contains(instrument.Name) ? null
        : new MetricStreamConfiguration { CardinalityLimit = SeriesPerStream };

    public static void MapEciMetrics(this WebApplication app) => app.MapPrometheusScrapingEndpoint("/metrics").AllowAnonymous();

    private static bool IsScrapeOrProbe(PathString path) =>
        path.StartsWithSegments("/metrics") || path.StartsWithSegments("/health");
}
