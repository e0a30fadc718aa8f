using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;

namespace Eci.Modules.Notifications.Tests;

/// <summary>An SMS gateway's webhook on a loopback port: records every JSON body POSTed to it and answers 202.</summary>
public sealed class SmsWebhook : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Task _serving;

    public SmsWebhook()
    {
        Url = $"http://127.0.0.1:{FreePort()}/sms/";
        _listener.Prefixes.Add(Url);
        _listener.Start();
        _serving = ServeAsync();
    }

    public string Url { get; }

    public ConcurrentQueue<JsonElement> Received { get; } = new();

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            try
            {
                await ReceiveAsync(context);
            }
            catch (Exception ex) when (ex is HttpListenerException or IOException or ObjectDisposedException)
            {
                // The sender hung up mid-request (a host stopping while it sends); the next request is served as usual.
            }
        }
    }

    private async Task ReceiveAsync(HttpListenerContext context)
    {
        using (var reader = new StreamReader(context.Request.InputStream))
        {
            Received.Enqueue(JsonDocument.Parse(await reader.ReadToEndAsync()).RootElement.Clone());
        }

        context.Response.StatusCode = (int)HttpStatusCode.Accepted;
        context.Response.Close();
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        await _serving;
        _listener.Close();
    }
}
