using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using Eci.Testing;

namespace Eci.ChaosTests;

/// <summary>A signed-in customer of the child host.</summary>
internal sealed record Shopper(int Id, HttpClient Client);

/// <summary>An order a shopper means to place, under its own idempotency key.</summary>
internal sealed record PlannedOrder(string Key, IReadOnlyList<(int Product, int Quantity)> Lines, bool Declined)
{
    public object Body => Shop.Order(Declined ? "tok_card_declined" : "tok_success", [.. Lines]);
}

/// <summary>What the client finally heard for one key: the order the host created for it.</summary>
internal sealed record PlacedOrder(PlannedOrder Plan, Shopper Shopper, Guid OrderId, string FirstStatus, int Attempts);

/// <summary>What the clients saw, counted across all of them.</summary>
internal sealed class ClientTally
{
    private int _attempts;
    private int _unanswered;
    private int _conflicts;
    private int _serverErrors;
    private int _inFlight;
    private int _created;

    public int Attempts => Volatile.Read(ref _attempts);

    /// <summary>Requests that got no answer: the connection was refused, reset or timed out.</summary>
    public int Unanswered => Volatile.Read(ref _unanswered);

    /// <summary>409 answers (a key or an order still held by a driver the kill stopped), retried.</summary>
    public int Conflicts => Volatile.Read(ref _conflicts);

    public int ServerErrors => Volatile.Read(ref _serverErrors);

    public int InFlight => Volatile.Read(ref _inFlight);

    /// <summary>Final answers so far (201, or 409 out of stock): how far the checkouts have got.</summary>
    public int Created => Volatile.Read(ref _created);

    public ConcurrentQueue<string> ServerErrorSamples { get; } = new();

    public ConcurrentDictionary<string, int> ConflictCodes { get; } = new();

    public void Started()
    {
        Interlocked.Increment(ref _attempts);
        Interlocked.Increment(ref _inFlight);
    }

    public void Ended() => Interlocked.Decrement(ref _inFlight);

    public void Answered() => Interlocked.Increment(ref _created);

    public void NoAnswer() => Interlocked.Increment(ref _unanswered);

    public void Conflict(string body)
    {
        Interlocked.Increment(ref _conflicts);
        var code = body.Contains("idempotency_key_in_flight", StringComparison.Ordinal) ? "idempotency_key_in_flight" : "other";
        ConflictCodes.AddOrUpdate(code, 1, (_, n) => n + 1);
    }

    public void ServerError(HttpStatusCode status, string body)
    {
        Interlocked.Increment(ref _serverErrors);
        if (ServerErrorSamples.Count < 5)
        {
            ServerErrorSamples.Enqueue($"{(int)status}: {body[..Math.Min(body.Length, 300)]}");
        }
    }
}

/// <summary>
/// Places orders over real HTTP the way a careful client does: every request carries an idempotency key, and a request
/// that got no answer, a 5xx or a 409 is sent again with the same key and body once the host is back.
/// </summary>
internal sealed class Checkouts(HostProcess host, ClientTally tally)
{
    private static readonly TimeSpan RetryPause = TimeSpan.FromMilliseconds(200);

    public async Task<PlacedOrder> PlaceAsync(Shopper shopper, PlannedOrder plan, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            await host.WhenUp.WaitAsync(cancellationToken);
            tally.Started();
            try
            {
                using var response = await Shop.Send(shopper.Client, plan.Body, plan.Key).WaitAsync(cancellationToken);
                var body = await response.Content.ReadAsStringAsync(cancellationToken);
                if (response.StatusCode == HttpStatusCode.Created)
                {
                    tally.Answered();
                    using var json = System.Text.Json.JsonDocument.Parse(body);
                    return new PlacedOrder(plan, shopper, json.RootElement.GetProperty("id").GetGuid(),
                        json.RootElement.GetProperty("status").GetString()!, attempt);
                }

                if (response.StatusCode == HttpStatusCode.Conflict && OutOfStockOrder(body) is { } refused)
                {
                    tally.Answered();
                    return new PlacedOrder(plan, shopper, refused, "cancelled", attempt);
                }

                if (response.StatusCode == HttpStatusCode.Conflict)
                {
                    tally.Conflict(body);
                }
                else if ((int)response.StatusCode >= 500)
                {
                    tally.ServerError(response.StatusCode, body);
                }
                else
                {
                    throw new InvalidOperationException($"Order {plan.Key} was refused with {(int)response.StatusCode}: {body}");
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or IOException
                || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested))
            {
                tally.NoAnswer();
            }
            finally
            {
                tally.Ended();
            }

            await Task.Delay(RetryPause, cancellationToken);
        }
    }

    /// <summary>The order named by a 409 insufficient_stock answer; null for any other conflict.</summary>
    public static Guid? OutOfStockOrder(string body)
    {
        using var json = System.Text.Json.JsonDocument.Parse(body);
        var root = json.RootElement;
        return root.TryGetProperty("code", out var code) && code.GetString() == "insufficient_stock" ? root.GetProperty("order_id").GetGuid() : null;
    }

    /// <summary>A client of the child host carrying the given bearer token.</summary>
    public static HttpClient Client(HttpMessageHandler handler, Uri baseAddress, string? token)
    {
        var client = new HttpClient(handler, disposeHandler: false) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(20) };
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }
}
