using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Eci.Modules.Notifications.Tests;

/// <summary>A mail the listener accepted: the envelope and the raw message.</summary>
public sealed record ReceivedMail(string From, IReadOnlyList<string> Recipients, string Data);

/// <summary>
/// A tiny SMTP server on a loopback port, speaking enough of RFC 5321 for a real client: greeting, EHLO/HELO,
/// MAIL FROM, RCPT TO, DATA, RSET, NOOP, QUIT. With <see cref="RejectWith"/> set it refuses every sender with that
/// reply, as a server that will not take mail does.
/// </summary>
public sealed class SmtpListener : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;
    private int _connections;

    public SmtpListener(int? rejectWith = null)
    {
        RejectWith = rejectWith;
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public int? RejectWith { get; }

    public ConcurrentQueue<ReceivedMail> Received { get; } = new();

    public int Connections => Volatile.Read(ref _connections);

    /// <summary>The mails sent to one address.</summary>
    public IReadOnlyList<ReceivedMail> To(string address) =>
        Received.Where(m => m.Recipients.Contains(address, StringComparer.OrdinalIgnoreCase)).ToList();

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception) when (_stop.IsCancellationRequested)
            {
                return;
            }
            catch (SocketException)
            {
                // A client that gave up before its connection was accepted (a host stopping mid-connect): Linux reports
                // its error from accept. The listener itself is fine, so it keeps listening.
                continue;
            }

            Interlocked.Increment(ref _connections);
            _ = Task.Run(() => ConverseAsync(client));
        }
    }

    private async Task ConverseAsync(TcpClient client)
    {
        using var _ = client;
        await using var stream = client.GetStream();
        using var reader = new StreamReader(stream, Encoding.ASCII);
        await using var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
        await writer.WriteLineAsync("220 listener.test ESMTP ready");
        string? from = null;
        var recipients = new List<string>();
        try
        {
            while (await reader.ReadLineAsync(_stop.Token) is { } line)
            {
                var verb = line.Split(' ', ':')[0].ToUpperInvariant();
                switch (verb)
                {
                    case "EHLO" or "HELO":
                        await writer.WriteLineAsync("250 listener.test");
                        break;
                    case "MAIL" when RejectWith is { } code:
                        await writer.WriteLineAsync($"{code} 5.7.1 This server takes no mail");
                        break;
                    case "MAIL":
                        from = Address(line);
                        recipients.Clear();
                        await writer.WriteLineAsync("250 2.1.0 OK");
                        break;
                    case "RCPT":
                        recipients.Add(Address(line));
                        await writer.WriteLineAsync("250 2.1.5 OK");
                        break;
                    case "DATA":
                        await writer.WriteLineAsync("354 End data with <CR><LF>.<CR><LF>");
                        var data = new StringBuilder();
                        while (await reader.ReadLineAsync(_stop.Token) is { } dataLine && dataLine != ".")
                        {
                            data.Append(dataLine.StartsWith("..", StringComparison.Ordinal) ? dataLine[1..] : dataLine).Append('\n');
                        }

                        Received.Enqueue(new ReceivedMail(from ?? string.Empty, [.. recipients], data.ToString()));
                        await writer.WriteLineAsync("250 2.0.0 Queued");
                        break;
                    case "RSET" or "NOOP":
                        await writer.WriteLineAsync("250 2.0.0 OK");
                        break;
                    case "QUIT":
                        await writer.WriteLineAsync("221 2.0.0 Bye");
                        return;
                    default:
                        await writer.WriteLineAsync("502 5.5.2 Command not implemented");
                        break;
                }
            }
        }
        catch (Exception ex) when (ex is IOException or OperationCanceledException or ObjectDisposedException)
        {
            // The client hung up or the listener stopped.
        }
    }

    private static string Address(string line)
    {
        var start = line.IndexOf('<', StringComparison.Ordinal);
        var end = line.IndexOf('>', StringComparison.Ordinal);
        return start >= 0 && end > start ? line[(start + 1)..end] : line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _accepting;
        _stop.Dispose();
    }
}
