using Eci.Host.Health;
using Eci.Host.Http;
using Eci.Shared.Http;
using Scalar.AspNetCore;

namespace Eci.Host;

/// <summary>Builds the host: the same application serves HTTP and runs the migrate and seed commands.</summary>
public static class EciApp
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        var services = builder.Services;
        services.AddSingleton(TimeProvider.System);
        services.AddEciApi();
        services.AddEciMediator();
        foreach (var module in EciModules.All)
        {
            module.AddServices(services, builder.Configuration);
        }

        services.AddSingleton<DatabaseInitializer>();
        if (builder.Configuration.GetValue<bool>("Database:MigrateOnStartup"))
        {
            services.AddHostedService<DatabaseInitializerOnStartup>();
        }

        var app = builder.Build();
        Configure(app);
        return app;
    }

    private static void Configure(WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseRequestBodyLimit(app.Configuration.GetValue("Http:MaxRequestBodyBytes", 1L << 20));
        app.UseAuthorization();

        app.MapEciHealth();
        app.MapOpenApi();
        app.MapScalarApiReference("/docs", o => o.WithTitle("ECI API"));
        var v1 = app.MapGroup("/v1");
        foreach (var module in EciModules.All)
        {
            module.MapEndpoints(v1);
        }
    }
}
