using System.Security.Cryptography;
using System.Text;

namespace Eci.Modules.Notifications.Integrations.Webhooks;

/// <summary>Webhook secrets (<c>whsec_</c> and 32 random bytes in base64) and the signature they make.</summary>
internal static class WebhookSecrets
{
    private const string Prefix = "whsec_";

    public static string New() => Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    /// <summary><c>v1,</c> and the base64 HMAC-SHA256 of <c>{id}.{timestamp}.{body}</c> keyed by the secret's bytes.</summary>
    public static string Sign(string secret, string id, long timestamp, string body)
    {
        var key = Convert.FromBase64String(secret[Prefix.Length..]);
        var mac = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{id}.{timestamp}.{body}"));
        return "v1," + Convert.ToBase64String(mac);
    }
}
