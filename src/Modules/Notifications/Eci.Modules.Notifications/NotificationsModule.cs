using Eci.Modules.Notifications.Background;
using Eci.Modules.Notifications.Features;
using Eci.Modules.Notifications.Features.NotifyCustomers;
using Eci.Modules.Notifications.Features.RecordEvents;
using Eci.Modules.Notifications.Integrations;
using Eci.Modules.Notifications.Integrations.Webhooks;
using Eci.Modules.Notifications.Persistence;
using Eci.Shared.Http;
using Eci.Shared.Modules;
using Eci.Shared.Outbox;
using Eci.Shared.Persistence;
using FluentValidation;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Eci.Modules.Notifications;

/// <summary>
/// Tells customers what happens to their orders, payments and shipments, by e-mail and SMS: events become queued
/// notifications (once each, through the inbox), and a worker sends them with retries.
/// </summary>
public sealed class NotificationsModule : IModule
{
    public string Name => "Notifications";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<NotificationsDbContext>(configuration, Name, NotificationsDbContext.Schema);
        services.AddEciJsonTypes(NotificationsJson.Default);
        services.AddValidatorsFromAssemblyContaining<NotificationsModule>(ServiceLifetime.Singleton, includeInternalTypes: true);
        var section = configuration.GetSection("Modules:Notifications");
        services.AddOptions<NotificationsOptions>().Bind(section)
            .Validate(o => o.IsValid(),
                "Modules:Notifications is invalid: check Channels (email, sms), Email:Sender (log, smtp) with Smtp:Host, " +
                "Smtp:Port and Smtp:Security, Sms:Sender (log, webhook) with an absolute Sms:WebhookUrl, and the Delivery settings.")
            .ValidateOnStart();
        services.AddSingleton<TemplateLibrary>();
        services.AddSingleton<DeliverySignal>();
        services.AddScoped<NotificationComposer>();
        services.AddSingleton<LogSender>();
        if (section["Email:Sender"] == "smtp")
        {
            services.AddScoped<IEmailSender, SmtpEmailSender>();
        }
        else
        {
            services.AddScoped<IEmailSender>(sp => sp.GetRequiredService<LogSender>());
        }

        if (section["Sms:Sender"] == "webhook")
        {
            services.AddHttpClient<ISmsSender, WebhookSmsSender>(http => http.Timeout = TimeSpan.FromSeconds(15));
        }
        else
        {
            services.AddScoped<ISmsSender>(sp => sp.GetRequiredService<LogSender>());
        }

        services.AddSingleton<DeliveryWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<DeliveryWorker>());
        services.AddOutboxDispatcher<NotificationsDbContext>();
        services.AddScoped<IPublishedEventSink, EventFeedRecorder>();
        services.AddOptions<WebhooksOptions>().Bind(configuration.GetSection("Webhooks"))
            .Validate(o => o.IsValid(), "Webhooks is invalid: TimeoutSeconds, MaxAttempts, PollMilliseconds, BatchSize and MaxBackoffSeconds must be positive, and LeaseSeconds longer than TimeoutSeconds.")
            .ValidateOnStart();
        services.AddHttpClient(WebhookHttp.ClientName, http => http.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(sp => WebhookHttp.Handler(sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<WebhooksOptions>>()));
        services.AddScoped<WebhookPoster>();
        services.AddSingleton<WebhookWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<WebhookWorker>());
        services.AddSingleton<EventRetentionSweeper>();
        services.AddHostedService(sp => sp.GetRequiredService<EventRetentionSweeper>());
    }

    public void MapEndpoints(IEndpointRouteBuilder v1) => NotificationsEndpoints.Map(v1);

    public Task InitializeDatabaseAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.InitializeModuleDatabaseAsync<NotificationsDbContext>(cancellationToken);
}
