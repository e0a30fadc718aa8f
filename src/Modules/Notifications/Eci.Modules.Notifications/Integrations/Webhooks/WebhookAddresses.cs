using System.Net;
using System.Net.Sockets;

namespace Eci.Modules.Notifications.Integrations.Webhooks;

/// <summary>Which addresses a webhook may reach: none on loopback, private, link-local, shared or metadata ranges.</summary>
internal static class WebhookAddresses
{
    public static bool IsPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any))
        {
            return false;
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var first = address.GetAddressBytes()[0];
            return !(address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast || (first & 0xFE) == 0xFC);
        }

        var b = address.GetAddressBytes();
        return !(b[0] == 0 || b[0] == 10 || b[0] == 127 || b[0] >= 224
            || (b[0] == 169 && b[1] == 254)
            || (b[0] == 172 && b[1] >= 16 && b[1] <= 31)
            || (b[0] == 192 && b[1] == 168)
            || (b[0] == 100 && b[1] >= 64 && b[1] <= 127));
    }

    /// <summary>Null when the url may be used; otherwise why not.</summary>
    public static async Task<string?> RefusalAsync(string url, bool allowPrivate, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            return "url must be an absolute https URL.";
        }

        if (allowPrivate)
        {
            return null;
        }

        if (uri.Scheme != Uri.UriSchemeHttps)
        {
            return "url must use https.";
        }

        IPAddress[] addresses;
        try
        {
            addresses = IPAddress.TryParse(uri.IdnHost, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(uri.IdnHost, cancellationToken);
        }
        catch (SocketException)
        {
            return "url's host does not resolve.";
        }

        return addresses.Length > 0 && addresses.All(IsPublic) ? null : "url must not point at a loopback, private, link-local or metadata address.";
    }
}
