using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;

namespace Eci.Modules.Notifications.Integrations.Webhooks;

/// <summary>
/// The handler webhook POSTs go through: no redirects, and unless private networks are allowed, the address is checked
/// again when the connection is made, so a name that resolved to a public address at creation cannot later reach
/// an internal one.
/// </summary>
internal static class WebhookHttp
{
    public const string ClientName = "webhooks";

    public static SocketsHttpHandler Handler(IOptions<WebhooksOptions> options)
    {
        var handler = new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false, PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
        if (options.Value.AllowPrivateNetworks)
        {
            return handler;
        }

        handler.ConnectCallback = async (context, cancellationToken) =>
        {
            var addresses = await Dns.GetHostAddressesAsync(context.DnsEndPoint.Host, cancellationToken);
            var allowed = addresses.Where(WebhookAddresses.IsPublic).ToArray();
            if (allowed.Length == 0 || allowed.Length != addresses.Length)
            {
                throw new HttpRequestException($"The webhook's host {context.DnsEndPoint.Host} resolves to an address that is not allowed.");
            }

            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(allowed, context.DnsEndPoint.Port, cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        };
        return handler;
    }
}
