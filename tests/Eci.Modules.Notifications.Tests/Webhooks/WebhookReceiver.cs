using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Eci.Modules.Notifications.Tests.Webhooks;

/// <summary>
/// Webhook endpoints on a loopback Kestrel port. <c>/ok/{name}</c> answers 204; <c>/flaky/{name}</c> answers 503 twice,
/// then 204; <c>/hang/{name}</c> never answers; <c>/down/{name}</c> always answers 500. Every request is recorded with the time it arrived.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, int> _calls = new();

    private WebhookReceiver(WebApplication app) => _app = app;

    public ConcurrentQueue<ReceivedWebhook> Received { get; } = new();

    public string BaseUrl => _app.Urls.First();

    public static async Task<WebhookReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var receiver = new WebhookReceiver(builder.Build());
        receiver._app.MapPost("/{kind}/{name}", receiver.HandleAsync);
        await receiver._app.StartAsync();
        return receiver;
    }

    private async Task<IResult> HandleAsync(string kind, string name, HttpRequest request, CancellationToken ct)
    {
        using var reader = new StreamReader(request.Body);
        var body = await reader.ReadToEndAsync(ct);
        Received.Enqueue(new ReceivedWebhook(
            name, request.Headers["webhook-id"].ToString(), request.Headers["webhook-timestamp"].ToString(),
            request.Headers["webhook-signature"].ToString(), body, DateTimeOffset.UtcNow));
        var call = _calls.AddOrUpdate(name, 1, (_, n) => n + 1);
        switch (kind)
        {
            case "hang":
                await Task.Delay(Timeout.Infinite, ct);
                return Results.NoContent();
            case "down":
                return Results.StatusCode(StatusCodes.Status500InternalServerError);
            case "flaky" when call <= 2:
                return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
            default:
                return Results.NoContent();
        }
    }

    public async ValueTask DisposeAsync()
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(1));
        await _app.StopAsync(stop.Token);
        await _app.DisposeAsync();
    }
}
