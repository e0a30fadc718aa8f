using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using Eci.Testing;
using Xunit;

namespace Eci.ChaosTests;

/// <summary>
/// Three replicas on one PostgreSQL take orders spread over all of them, some sent to two replicas at once under the
/// same key, while one replica is killed with SIGKILL and started again; retries go to the next replica. Once settled,
/// every key has one order and one answer, and money, stock and ledger agree in the databases.
/// </summary>
public sealed class ReplicaKillTests(ITestOutputHelper output)
{
    private const int ReplicaCount = 3;
    private const int ShopperCount = 6;
    private const int OrdersPerShopper = 8;

    // Shoppers go on past OrdersPerShopper until a kill has cut a request (or the last kill was made), so that every
    // kill falls while orders are on the wire, however fast this machine checks them out.
    private const int MostOrdersPerShopper = 150;
    private const string KeyPrefix = "scale-";
    private static readonly TimeSpan RetryPause = TimeSpan.FromMilliseconds(200);

    [Fact(Timeout = 240_000)]
    public async Task Orders_spread_over_three_replicas_stay_consistent_when_one_is_killed()
    {
        var server = TestDatabase.PostgresServer;
        Assert.SkipWhen(server is null, TestDatabase.SkipReason);
        var ct = TestContext.Current.CancellationToken;
        var clock = Stopwatch.StartNew();
        await using var replicas = await Replicas.StartAsync(server!, ReplicaCount, new Dictionary<string, string>(), ct);
        using var admin = await ScaleOutTests.AdminAsync(replicas, 0, ct);
        var stock = await KillDuringCheckoutTests.StockUpAsync(admin, ct);
        var shoppers = new List<(Shopper Shopper, HttpClient[] Clients)>();
        for (var i = 0; i < ShopperCount; i++)
        {
            var token = await ScaleOutTests.ShopperTokenAsync(replicas, ct);
            var clients = Enumerable.Range(0, ReplicaCount).Select(r => replicas.Client(r, token)).ToArray();
            shoppers.Add((new Shopper(i, clients[0]), clients));
        }

        var placed = new ConcurrentBag<PlacedOrder>();
        var twins = new ConcurrentBag<(PlannedOrder Plan, ReplicaAnswer Answer)>();
        var wire = new ReplicaWire(ReplicaCount);
        var struck = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var planned = 0;
        var products = stock.Keys.ToList();
        var shopping = shoppers.Select((shopper, index) => Task.Run(async () =>
        {
            var random = new Random(index);
            for (var n = 0; n < OrdersPerShopper || (!struck.Task.IsCompleted && n < MostOrdersPerShopper); n++)
            {
                Interlocked.Increment(ref planned);
                var lines = products.OrderBy(_ => random.Next()).Take(random.Next(1, 4)).Select(p => (p, random.Next(1, 3))).ToList();
                var plan = new PlannedOrder($"{KeyPrefix}{Guid.NewGuid():N}", lines, random.NextDouble() < 0.2);
                var start = (index + n) % ReplicaCount;
                // Every third order is sent to a second replica at the same moment, as a client that timed out would.
                var twin = n % 3 == 0 ? Task.Run(() => TwinAsync(replicas, shopper.Clients, plan, (start + 1) % ReplicaCount, ct), ct) : Task.FromResult<ReplicaAnswer?>(null);
                placed.Add(await PlaceAsync(replicas, shopper, plan, start, wire, ct));
                if (await twin is { } answer)
                {
                    twins.Add((plan, answer));
                }
            }
        }, ct)).ToList();

        await Poll.UntilAsync(() => Task.FromResult(placed.Count), n => n >= ShopperCount * OrdersPerShopper / 3, TimeSpan.FromSeconds(90));
        // Strike while a checkout is on the wire to the victim, so that the kill cuts requests mid-way; a request may
        // still finish between the look and the signal, so strike again (at most three times) until one was cut.
        for (var kill = 1; kill <= 3 && wire.Unanswered == 0; kill++)
        {
            var looking = Stopwatch.StartNew();
            while (wire.InFlight(1) == 0 && looking.Elapsed < TimeSpan.FromSeconds(10))
            {
                await Task.Delay(5, ct);
            }

            await replicas.Hosts[1].KillAsync();
            await Task.Delay(TimeSpan.FromSeconds(1), ct);
            output.WriteLine($"kill {kill} after {placed.Count} orders, {clock.Elapsed.TotalSeconds:F0} s: {wire.Unanswered} requests cut off so far");
            if (wire.Unanswered > 0 || kill == 3)
            {
                struck.TrySetResult();
            }

            await replicas.Hosts[1].StartAsync(ct);
        }

        struck.TrySetResult();
        await Task.WhenAll(shopping);

        var orders = await Poll.UntilAsync(() => KillDuringCheckoutTests.OrdersAsync(admin, ct),
            all => all.All(o => !KillDuringCheckoutTests.Unsettled.Contains(KillDuringCheckoutTests.Text(o, "status"))), TimeSpan.FromSeconds(60));

        var check = new KillDuringCheckoutTests.InvariantCheck();
        var all = placed.ToList();
        foreach (var (plan, answer) in twins)
        {
            var outcome = all.Single(p => p.Plan.Key == plan.Key);
            check.That(answer.IsInFlight || (answer.IsFinal && answer.OrderId == outcome.OrderId),
                $"key {plan.Key} was answered {answer} on one replica and order {outcome.OrderId} ({outcome.FirstStatus}) on another");
        }

        check.That(all.All(p => p.FirstStatus is "fulfilling" or "completed" or "cancelled"), "a checkout was answered with an order still on its way");
        await KillDuringCheckoutTests.CheckKeysAsync(check, all, orders, ct);
        await KillDuringCheckoutTests.CheckMoneyAndStockPerOrderAsync(check, admin, all, orders, ct);
        await KillDuringCheckoutTests.CheckStockAsync(check, admin, stock, orders, ct);
        await DatabaseInvariants.CheckAsync(check, replicas.Database, KeyPrefix, all.Count, ct);

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{ReplicaCount} replicas, {all.Count} orders ({orders.Count(o => KillDuringCheckoutTests.Text(o, "status") == "fulfilling")} fulfilled), " +
            $"{wire.Attempts} requests ({wire.Unanswered} cut off), {twins.Count} sent twice at once ({twins.Count(t => t.Answer.IsInFlight)} answered 409 in flight), " +
            $"kills of one replica: {replicas.Hosts[1].Starts - 1}; {check.Passed} invariants held, {check.Failures.Count} failed, {clock.Elapsed.TotalSeconds:F0} s"));
        Assert.Equal(Volatile.Read(ref planned), all.Count);
        Assert.True(all.Count >= ShopperCount * OrdersPerShopper, $"{all.Count} orders");
        Assert.True(wire.Unanswered > 0, "the kill cut no request, so nothing was retried on another replica");
        Assert.True(check.Failures.Count == 0, string.Join(Environment.NewLine, check.Failures.Take(30)));
    }

    // Sends the order until it has an outcome, to the next replica after each failure: no answer, a 5xx or a 409 in flight.
    private static async Task<PlacedOrder> PlaceAsync(
        Replicas replicas, (Shopper Shopper, HttpClient[] Clients) shopper, PlannedOrder plan, int start, ReplicaWire wire, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            var replica = (start + attempt - 1) % ReplicaCount;
            if (replicas.Hosts[replica].WhenUp.IsCompleted)
            {
                wire.Sent(replica);
                try
                {
                    using var response = await Shop.Send(shopper.Clients[replica], plan.Body, plan.Key).WaitAsync(ct);
                    var answer = await ReplicaAnswer.FromAsync(replica, response, ct);
                    if (answer.IsFinal)
                    {
                        return new PlacedOrder(plan, shopper.Shopper, answer.OrderId!.Value, answer.OrderStatus ?? "cancelled", attempt);
                    }

                    if (!answer.IsInFlight && (int)answer.Status < 500)
                    {
                        throw new InvalidOperationException($"Order {plan.Key} was answered {answer}");
                    }
                }
                catch (Exception ex) when (ex is HttpRequestException or IOException || (ex is TaskCanceledException && !ct.IsCancellationRequested))
                {
                    wire.NoAnswer();
                }
                finally
                {
                    wire.Ended(replica);
                }
            }

            await Task.Delay(RetryPause, ct);
        }
    }

    // The duplicate: one attempt on another replica; null when that replica was down or cut off.
    private static async Task<ReplicaAnswer?> TwinAsync(Replicas replicas, HttpClient[] clients, PlannedOrder plan, int replica, CancellationToken ct)
    {
        if (!replicas.Hosts[replica].WhenUp.IsCompleted)
        {
            return null;
        }

        try
        {
            using var response = await Shop.Send(clients[replica], plan.Body, plan.Key).WaitAsync(ct);
            return response.StatusCode >= HttpStatusCode.InternalServerError ? null : await ReplicaAnswer.FromAsync(replica, response, ct);
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException || (ex is TaskCanceledException && !ct.IsCancellationRequested))
        {
            return null;
        }
    }
}
