using System.Globalization;
using System.Text;
using System.Text.Json;
using Eci.Modules.Notifications.Domain;
using Eci.Modules.Notifications.Features;
using Eci.Shared.Http;
using Microsoft.Extensions.Options;

namespace Eci.Modules.Notifications.Integrations.Webhooks;

/// <summary>POSTs one event to one webhook, signed; answers the status code, or throws when no answer came.</summary>
internal sealed class WebhookPoster(IHttpClientFactory clients, IOptions<WebhooksOptions> options, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = EciJson.Create();

    public async Task<int> PostAsync(Webhook webhook, FeedEvent feedEvent, CancellationToken cancellationToken)
    {
        var body = JsonSerializer.Serialize(EventResponse.From(feedEvent), Json);
        var id = feedEvent.Id.ToString();
        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, webhook.Url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("webhook-id", id);
        request.Headers.Add("webhook-timestamp", timestamp.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add("webhook-signature", WebhookSecrets.Sign(webhook.Secret, id, timestamp, body));
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(options.Value.TimeoutSeconds));
        using var response = await clients.CreateClient(WebhookHttp.ClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        return (int)response.StatusCode;
    }
}
