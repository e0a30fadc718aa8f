using System.Net.Http.Json;
using Microsoft.Extensions.Options;

namespace Eci.Modules.Notifications.Integrations;

/// <summary>Sends a text message by POSTing <c>{"to": …, "message": …}</c> to the SMS gateway's webhook.</summary>
internal sealed class WebhookSmsSender(HttpClient http, IOptions<NotificationsOptions> options) : ISmsSender
{
    public async Task SendAsync(OutgoingSms sms, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync(options.Value.Sms.WebhookUrl, new SmsPayload(sms.To, sms.Message), cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"The SMS webhook answered {(int)response.StatusCode} {response.ReasonPhrase}.", null, response.StatusCode);
        }
    }

    private sealed record SmsPayload(
        [property: System.Text.Json.Serialization.JsonPropertyName("to")] string To,
        [property: System.Text.Json.Serialization.JsonPropertyName("message")] string Message);
}
