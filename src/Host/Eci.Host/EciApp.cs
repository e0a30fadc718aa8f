using Eci.Admin;
using Eci.Host.Health;
using Eci.Host.Http;
using Eci.Host.Observability;
using Eci.Shared.Http;
using Eci.Shared.Idempotency;
using Scalar.AspNetCore;

namespace Eci.Host;

/// <summary>Builds the host: the same application serves HTTP and runs the migrate and seed commands.</summary>
public static class EciApp
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddEciTelemetry();
        var services = builder.Services;
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<IdempotencyContext>();
        services.AddScoped<IdempotentExecutor>();
        services.AddIdempotencyKeyInspection();
        services.AddOptions<IdempotencyOptions>().Bind(builder.Configuration.GetSection(IdempotencyOptions.Section))
            .Validate(o => o.LeaseSeconds > 0, "Idempotency:LeaseSeconds must be positive.")
            .ValidateOnStart();
        services.AddEciApi();
        services.AddEciSecurityHeaders();
        services.AddEciForwardedHeaders(builder.Configuration);
        services.AddEciAuth(builder.Configuration, builder.Environment);
        services.AddEciMediator();
        services.AddSingleton<DatabaseInitializer>();
        services.AddFirstPassGate(builder.Configuration);
        if (builder.Configuration.GetValue<bool>("Database:MigrateOnStartup"))
        {
            // Registered before the modules, whose own start-up work (e.g. the first admin) needs the schema.
            services.AddHostedService<DatabaseInitializerOnStartup>();
        }

        foreach (var module in EciModules.All)
        {
            module.AddServices(services, builder.Configuration);
        }

        // The operator console: a client of the modules' contracts, not a module (ADR 0048).
        services.AddEciAdmin(builder.Configuration);

        if (!builder.Configuration.GetValue<bool>("Database:MigrateOnStartup"))
        {
            services.AddHostedService<SchemaCheckOnStartup>();
        }

        var app = builder.Build();
        Configure(app);
        return app;
    }

    private static void Configure(WebApplication app)
    {
        // Before everything else, so that whatever answers a request (a refusal included) counts as an answer.
        app.UseFirstPassGate();
        // First, so that every response gets them, errors and refusals included.
        app.UseEciSecurityHeaders();
        // Next, so that everything after it, the rate limiter above all, sees the client's address.
        app.UseEciForwardedHeaders();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseRequestBodyLimit(app.Configuration.GetValue("Http:MaxRequestBodyBytes", 1L << 20));
        app.UseQueryWithoutNul();
        // Routing here, so that an endpoint answered as soon as it is matched (the liveness probe) has passed everything
        // above; what follows (limits, sign-in, cache) does not apply to it. Every other endpoint runs as before.
        app.UseRouting();
        // Limits before sign-in: a request shed under load costs no token check and no security-stamp read, and a burst
        // of new callers (a sale opening) waits for a permit without holding what signing in builds. No limit reads the caller.
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        // After authorization: only endpoints that opt in (the catalog's anonymous reads) are cached.
        app.UseOutputCache();

        app.MapEciHealth();
        app.MapEciMetrics();
        app.MapOpenApi().AllowAnonymous();
        app.MapScalarApiReference("/docs", o => o.WithTitle("ECI API")).AllowAnonymous();
        // An endpoint that does not say who may call it needs a signed-in caller: closed by default, not open.
        var v1 = app.MapGroup("/v1").RequireAuthorization();
        foreach (var module in EciModules.All)
        {
            module.MapEndpoints(v1);
        }

        v1.MapIdempotencyKeys();
        app.MapEciAdmin();
    }
}
