using Eci.Host.Health;
using Eci.Shared.Background;

namespace Eci.Host.Http;

/// <summary>
/// The background loops' first passes wait for the first answer to a request other than a liveness probe, or for
/// <c>Background:FirstPassHoldSeconds</c> (5; 0 turns the hold off), whichever comes first (ADR 0058).
/// </summary>
internal static class FirstPassGateSetup
{
    private const string HoldSeconds = "Background:FirstPassHoldSeconds";

    public static IServiceCollection AddFirstPassGate(this IServiceCollection services, IConfiguration configuration)
    {
        var seconds = configuration.GetValue(HoldSeconds, 5.0);
        if (seconds < 0 || double.IsNaN(seconds))
        {
            throw new InvalidOperationException($"{HoldSeconds} must be 0 (no hold) or more, not {seconds}.");
        }

        return seconds == 0 ? services : services.AddSingleton(new FirstPassGate(TimeSpan.FromSeconds(seconds)));
    }

    // A liveness answer does not open the gate: Kubernetes' start-up probe asks it before the first readiness probe.
    public static IApplicationBuilder UseFirstPassGate(this WebApplication app)
    {
        var gate = app.Services.GetService<FirstPassGate>();
        return gate is null ? app : app.Use((context, next) =>
        {
            if (!gate.IsOpen && !context.Request.Path.StartsWithSegments(HealthEndpoints.LivePath))
            {
                context.Response.OnCompleted(() =>
                {
                    gate.Open();
                    return Task.CompletedTask;
                });
            }

            return next(context);
        });
    }
}
