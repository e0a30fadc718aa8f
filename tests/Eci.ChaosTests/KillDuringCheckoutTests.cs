using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Eci.Testing;
using Xunit;

namespace Eci.ChaosTests;

/// <summary>
/// Kill -9 during checkout: the real host runs as a child process on PostgreSQL while customers place orders over
/// HTTP, and is killed with SIGKILL at random moments and started again. Clients retry whatever got no answer with the
/// same idempotency key. Once recovery has run, every order must have settled with its money, stock and
/// notifications in agreement (see docs/reliability.md).
/// </summary>
public sealed class KillDuringCheckoutTests(ITestOutputHelper output)
{
    private const int Kills = 20;
    private const int ShopperCount = 6;
    private const int OrdersPerShopper = 30;
    private const int ProductCount = 5;
    private const int StockPerProduct = 24;
    private const double DeclinedShare = 0.25;
    internal const string AdminEmail = "admin@chaos.test";
    internal const string AdminPassword = "chaos-admin-password-1";
    private static readonly TimeSpan RetryWindow = TimeSpan.FromSeconds(100);
    private static readonly TimeSpan SettleTimeout = TimeSpan.FromSeconds(100);
    internal static readonly string[] Unsettled = ["pending", "stock_reserved", "paid", "cancelling"];

    [Fact(Timeout = 300_000)]
    public async Task Orders_stay_consistent_when_the_host_is_killed_during_checkout()
    {
        if (TestDatabase.PostgresServer is not { } server)
        {
            Assert.Skip(TestDatabase.SkipReason);
            return;
        }

        var ct = TestContext.Current.CancellationToken;
        var clock = Stopwatch.StartNew();
        var seed = Environment.TickCount;
        await using var database = new PostgresTestDatabase(server);
        await using var host = new HostProcess(ChildSettings(database));

        Assert.True(await host.RunCommandAsync("migrate", TimeSpan.FromSeconds(90), ct) == 0, "migrate failed:" + Environment.NewLine + host.Tail);
        await host.StartAsync(ct);

        using var handler = new SocketsHttpHandler { ConnectTimeout = TimeSpan.FromSeconds(3), PooledConnectionIdleTimeout = TimeSpan.FromSeconds(5) };
        using var anonymous = Checkouts.Client(handler, host.BaseAddress, token: null);
        using var admin = Checkouts.Client(handler, host.BaseAddress, await TokenAsync(anonymous, AdminEmail, AdminPassword, ct));
        var stock = await StockUpAsync(admin, ct);
        var shoppers = new List<Shopper>();
        for (var i = 0; i < ShopperCount; i++)
        {
            shoppers.Add(await ShopperAsync(handler, host.BaseAddress, anonymous, ct));
        }

        // Chaos: shoppers place orders while the host is killed and started again.
        var tally = new ClientTally();
        var checkouts = new Checkouts(host, tally);
        var placed = new System.Collections.Concurrent.ConcurrentBag<PlacedOrder>();
        using var retryDeadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        retryDeadline.CancelAfter(TimeSpan.FromSeconds(240));
        var stopPlacing = 0;
        var products = stock.Keys.ToList();
        var shopping = shoppers.Select((shopper, index) => Task.Run(async () =>
        {
            var random = new Random(seed + index);
            for (var n = 0; n < OrdersPerShopper && Volatile.Read(ref stopPlacing) == 0; n++)
            {
                var lines = products.OrderBy(_ => random.Next()).Take(random.Next(1, 4)).Select(p => (p, random.Next(1, 3))).ToList();
                var plan = new PlannedOrder($"chaos-{Guid.NewGuid():N}", lines, random.NextDouble() < DeclinedShare);
                placed.Add(await checkouts.PlaceAsync(shopper, plan, retryDeadline.Token));
            }
        }, ct)).ToList();
        var allShopped = Task.WhenAll(shopping);

        var chaosClock = Stopwatch.StartNew();
        var kills = 0;
        var cutRequests = 0;
        var chaos = new Random(seed);
        while (kills < Kills)
        {
            // A freshly started host is slow until its code is compiled; let one checkout through after each start so that
            // the run makes progress, then strike at a random moment while a checkout is on the wire.
            var created = tally.Created;
            await Poll.UntilAsync(() => Task.FromResult(tally.Created), n => n > created || allShopped.IsCompleted, TimeSpan.FromSeconds(10));
            await Task.Delay(chaos.Next(0, 800), ct);
            await Poll.UntilAsync(() => Task.FromResult(tally.InFlight), n => n > 0 || allShopped.IsCompleted, TimeSpan.FromSeconds(3));
            cutRequests += tally.InFlight;
            await host.KillAsync();
            kills++;
            await host.StartAsync(ct);
        }

        var chaosTime = chaosClock.Elapsed;
        Interlocked.Exchange(ref stopPlacing, 1);
        retryDeadline.CancelAfter(RetryWindow);
        await allShopped;

        // Recovery: every order the kills left mid-way is driven on by the recovery worker.
        var settleClock = Stopwatch.StartNew();
        var orders = await Poll.UntilAsync(() => OrdersAsync(admin, ct), all => all.All(o => !Unsettled.Contains(Text(o, "status"))), SettleTimeout);
        var settleTime = settleClock.Elapsed;

        var check = new InvariantCheck();
        var stuck = orders.Where(o => Unsettled.Contains(Text(o, "status"))).Select(o => $"{Text(o, "id")} is {Text(o, "status")}").ToList();
        check.That(stuck.Count == 0, $"{stuck.Count} orders did not settle: {string.Join(", ", stuck.Take(10))}");

        await CheckKeysAsync(check, placed.ToList(), orders, ct);
        await CheckMoneyAndStockPerOrderAsync(check, admin, placed.ToList(), orders, ct);
        await CheckStockAsync(check, admin, stock, orders, ct);
        await CheckNotificationsAsync(check, admin, orders, ct);
        check.That(tally.ServerErrors == 0, $"{tally.ServerErrors} answers were 5xx: {string.Join(" | ", tally.ServerErrorSamples)}");

        var byStatus = orders.GroupBy(o => Text(o, "status") + (o.GetProperty("cancellation_reason").GetString() is { } r ? $" ({r})" : ""))
            .OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key}: {g.Count()}");
        var summary = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"Kill -9 during checkout (seed {seed}, databases {database.Settings["Database:NamePrefix"]}*), {clock.Elapsed.TotalSeconds:F0} s in all")
            .AppendLine(CultureInfo.InvariantCulture, $"  kills survived: {kills} (SIGKILL), host starts: {host.Starts}, start to ready: {host.AverageStart.TotalSeconds:F1} s on average, {host.SlowestStart.TotalSeconds:F1} s at most, chaos phase: {chaosTime.TotalSeconds:F0} s")
            .AppendLine(CultureInfo.InvariantCulture, $"  requests on the wire when the signal landed: {cutRequests}")
            .AppendLine(CultureInfo.InvariantCulture, $"  orders placed: {placed.Count} by {ShopperCount} customers ({placed.Count(p => p.Plan.Declined)} with a declined card); {string.Join(", ", byStatus)}")
            .AppendLine(CultureInfo.InvariantCulture, $"  requests: {tally.Attempts}, retries with the same key: {tally.Attempts - placed.Count} (no answer: {tally.Unanswered}, 409: {tally.Conflicts} [{string.Join(", ", tally.ConflictCodes.Select(c => $"{c.Key} {c.Value}"))}], 5xx: {tally.ServerErrors})")
            .AppendLine(CultureInfo.InvariantCulture, $"  orders first answered mid-way and finished by recovery or a retry: {placed.Count(p => Unsettled.Contains(p.FirstStatus))}; all settled {settleTime.TotalSeconds:F1} s after the last restart")
            .AppendLine(CultureInfo.InvariantCulture, $"  invariants checked: {check.Passed} passed, {check.Failures.Count} failed")
            .ToString();
        output.WriteLine(summary);
        foreach (var failure in check.Failures.Take(30))
        {
            output.WriteLine("  FAILED: " + failure);
        }

        Assert.Equal(Kills, kills);
        Assert.True(placed.Count >= ShopperCount, $"only {placed.Count} orders were placed");
        Assert.True(tally.Unanswered > 0, "no request was cut by a kill, so nothing was retried");
        Assert.True(check.Failures.Count == 0, string.Join(Environment.NewLine, check.Failures.Take(30)));
    }

    /// <summary>One order per key: the host created exactly the orders the clients were told about, and replays them.</summary>
    internal static async Task CheckKeysAsync(InvariantCheck check, List<PlacedOrder> placed, List<JsonElement> orders, CancellationToken ct)
    {
        var told = placed.Select(p => p.OrderId).ToHashSet();
        var stored = orders.Select(o => o.GetProperty("id").GetGuid()).ToHashSet();
        check.That(placed.Select(p => p.Plan.Key).Distinct().Count() == placed.Count, "a key was used for two planned orders");
        check.That(told.Count == placed.Count, $"{placed.Count} keys were answered with only {told.Count} distinct orders");
        check.That(stored.Count == orders.Count && stored.SetEquals(told),
            $"the host holds {orders.Count} orders, the clients were told of {told.Count}; {stored.Except(told).Count()} unknown to any client, {told.Except(stored).Count()} missing");
        var outOfStock = orders.Where(o => o.GetProperty("cancellation_reason").GetString() == "out_of_stock").Select(o => o.GetProperty("id").GetGuid()).ToHashSet();
        foreach (var order in placed)
        {
            using var again = await Shop.Send(order.Shopper.Client, order.Plan.Body, order.Plan.Key);
            var body = await again.Content.ReadAsStringAsync(ct);
            var replayed = again.Headers.TryGetValues("Idempotent-Replayed", out var values) && values.Contains("true");
            // A replay answers the order as it stands now: an order that ended out of stock is a 409, whatever the first answer was.
            var expected = outOfStock.Contains(order.OrderId) ? HttpStatusCode.Conflict : HttpStatusCode.Created;
            check.That(again.StatusCode == expected && replayed && body.Contains(order.OrderId.ToString(), StringComparison.Ordinal),
                $"key {order.Plan.Key} replayed as {(int)again.StatusCode} (replayed: {replayed}) instead of order {order.OrderId}");
        }
    }

    /// <summary>The per-order invariant: charged once and stock committed, or nothing kept and the stock given back.</summary>
    internal static async Task CheckMoneyAndStockPerOrderAsync(InvariantCheck check, HttpClient admin, List<PlacedOrder> placed, List<JsonElement> orders, CancellationToken ct)
    {
        var declined = placed.Where(p => p.Plan.Declined).Select(p => p.OrderId).ToHashSet();
        foreach (var order in orders)
        {
            var id = Text(order, "id");
            var status = Text(order, "status");
            var total = order.GetProperty("total").GetDecimal();
            var payments = (await GetAsync(admin, $"/v1/payments?order_id={id}&page_size=100", ct)).GetProperty("items").EnumerateArray().ToList();
            var captured = payments.Where(p => Text(p, "status") is "succeeded" or "partially_refunded" or "refunded").ToList();
            var kept = captured.Sum(p => p.GetProperty("amount").GetDecimal() - p.GetProperty("refunded_amount").GetDecimal());
            var reservation = order.GetProperty("reservation_id").GetString() is { } reservationId
                ? Text(await GetAsync(admin, $"/v1/inventory/reservations/{reservationId}", ct), "status")
                : null;

            check.That(payments.Count <= 1, $"order {id} has {payments.Count} payments");
            switch (status)
            {
                case "fulfilling" or "completed":
                    check.That(captured.Count == 1 && kept == total, $"order {id} is {status} with {captured.Count} captured payments keeping {kept} of {total}");
                    check.That(reservation is "committed" or "fulfilled", $"order {id} is {status} but its reservation is {reservation ?? "missing"}");
                    check.That(!declined.Contains(order.GetProperty("id").GetGuid()), $"order {id} paid with a declined card");
                    break;
                case "cancelled":
                    check.That(kept == 0m, $"cancelled order {id} kept {kept}");
                    check.That(reservation is null or "released" or "expired", $"cancelled order {id} has a {reservation} reservation");
                    break;
                default:
                    check.That(false, $"order {id} stopped at {status}");
                    break;
            }
        }
    }

    /// <summary>The ledger explains every figure, and the units committed are the units the settled orders sold.</summary>
    internal static async Task CheckStockAsync(InvariantCheck check, HttpClient admin, Dictionary<int, int> received, List<JsonElement> orders, CancellationToken ct)
    {
        var audit = await GetAsync(admin, "/v1/inventory/audit", ct);
        check.That(audit.GetProperty("consistent").GetBoolean() && audit.GetProperty("drift").GetArrayLength() == 0,
            $"the stock audit found drift: {audit.GetProperty("drift")}");
        check.That(audit.GetProperty("movements").GetInt32() > 0, "the stock ledger is empty");

        var sold = orders.Where(o => Text(o, "status") is "fulfilling" or "completed")
            .SelectMany(o => o.GetProperty("items").EnumerateArray())
            .GroupBy(i => i.GetProperty("product_id").GetInt32())
            .ToDictionary(g => g.Key, g => g.Sum(i => i.GetProperty("quantity").GetInt32()));
        foreach (var (product, onHand) in received)
        {
            var figures = await GetAsync(admin, $"/v1/inventory/{product}", ct);
            var (stored, reserved, committed, available) = (figures.GetProperty("on_hand").GetInt32(), figures.GetProperty("reserved").GetInt32(),
                figures.GetProperty("committed").GetInt32(), figures.GetProperty("available").GetInt32());
            var units = sold.GetValueOrDefault(product);
            check.That(stored == onHand && reserved == 0 && committed == units && available == onHand - units,
                $"product {product}: on hand {stored} (received {onHand}), reserved {reserved}, committed {committed} (sold {units}), available {available}");
        }
    }

    /// <summary>
    /// Each fulfilled order was confirmed exactly once (on payment), an order never paid not at all, and each cancelled
    /// one told exactly once: none lost, none twice.
    /// </summary>
    internal static async Task CheckNotificationsAsync(InvariantCheck check, HttpClient admin, List<JsonElement> orders, CancellationToken ct)
    {
        static bool Fulfilled(JsonElement order) => Text(order, "status") is "fulfilling" or "completed";
        static bool Told(List<JsonElement> all, JsonElement order, string type) => all.Any(n => Text(n, "order_id") == Text(order, "id") && Text(n, "type") == type);

        // The outbox delivers after the fact; wait until every order's expected message is there, then count.
        await Poll.UntilAsync(async () => await AllNotificationsAsync(admin, ct),
            all => orders.All(o => Told(all, o, Fulfilled(o) ? "order_confirmation" : "order_cancelled")),
            TimeSpan.FromSeconds(30));
        foreach (var order in orders)
        {
            var id = Text(order, "id");
            var notifications = (await GetAsync(admin, $"/v1/notifications?order_id={id}&page_size=100", ct)).GetProperty("items").EnumerateArray().ToList();
            var confirmations = notifications.Count(n => Text(n, "type") == "order_confirmation");
            var paidFor = Text(order, "payment_status") is "paid" or "refunded";
            check.That(Fulfilled(order) ? confirmations == 1 : paidFor ? confirmations <= 1 : confirmations == 0,
                $"order {id} ({Text(order, "status")}, {Text(order, "payment_status")}) has {confirmations} order_confirmation notifications");
            var cancellations = notifications.Count(n => Text(n, "type") == "order_cancelled");
            check.That(cancellations == (Text(order, "status") == "cancelled" ? 1 : 0), $"order {id} ({Text(order, "status")}) has {cancellations} order_cancelled notifications");
        }
    }

    internal static Dictionary<string, string> ChildSettings(PostgresTestDatabase database) => new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        ["Database__Provider"] = "postgres",
        ["ConnectionStrings__Postgres"] = database.Settings["ConnectionStrings:Postgres"]!,
        ["Database__NamePrefix"] = database.Settings["Database:NamePrefix"]!,
        ["Database__MigrateOnStartup"] = "false",
        ["Auth__SigningKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48)),
        ["Admin__Email"] = AdminEmail,
        ["Admin__Password"] = AdminPassword,
        ["RateLimits__Auth__PermitLimit"] = "100000",
        ["Modules__Orders__RecoveryAfterSeconds"] = "2",
        ["Modules__Orders__RecoveryIntervalSeconds"] = "1",
        // A driver or key holder killed mid-way blocks its order for these leases; the defaults (120 s, 60 s) would
        // leave each order cut by a kill waiting longer than this whole test (see docs/reliability.md).
        ["Modules__Orders__LeaseSeconds"] = "10",
        ["Idempotency__LeaseSeconds"] = "5",
        ["Logging__LogLevel__Default"] = "Warning",
    };

    /// <summary>Priced products with limited stock, all in one warehouse; returns the units received per product.</summary>
    internal static async Task<Dictionary<int, int>> StockUpAsync(HttpClient admin, CancellationToken ct)
    {
        var warehouse = "CH" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        (await admin.PostJsonAsync("/v1/inventory/warehouses", new { code = warehouse, name = "Chaos", priority = 1 })).EnsureSuccessStatusCode();
        var received = new Dictionary<int, int>();
        for (var i = 0; i < ProductCount; i++)
        {
            var product = await (await admin.PostJsonAsync("/v1/products",
                new { sku = "CHAOS-" + Guid.NewGuid().ToString("N")[..10], name = $"Chaos thing {i}", category = "Test", price = 100m + (i * 25.5m) })).JsonAsync();
            var id = product.GetProperty("id").GetInt32();
            (await admin.PostJsonAsync("/v1/inventory", new { product_id = id, warehouse, quantity = StockPerProduct })).EnsureSuccessStatusCode();
            received[id] = StockPerProduct;
        }

        return received;
    }

    internal static async Task<Shopper> ShopperAsync(HttpMessageHandler handler, Uri baseAddress, HttpClient anonymous, CancellationToken ct)
    {
        var email = $"c{Guid.NewGuid():N}@example.com";
        const string password = "correct-horse-battery";
        var registered = await anonymous.PostJsonAsync("/v1/users/register", new { email, full_name = "Chaos Customer", password });
        Assert.True(registered.IsSuccessStatusCode, await registered.Content.ReadAsStringAsync(ct));
        var id = (await registered.JsonAsync()).GetProperty("id").GetInt32();
        var client = Checkouts.Client(handler, baseAddress, await TokenAsync(anonymous, email, password, ct));
        var address = await client.PutJsonAsync($"/v1/users/{id}", new
        {
            addresses = new[] { new { line1 = "12 MG Road", city = "Bengaluru", postal_code = "560001", country = "IN", is_default = true } },
        });
        Assert.True(address.IsSuccessStatusCode, await address.Content.ReadAsStringAsync(ct));
        return new Shopper(id, client);
    }

    internal static async Task<string> TokenAsync(HttpClient anonymous, string email, string password, CancellationToken ct)
    {
        var response = await anonymous.PostJsonAsync("/v1/users/login", new { email, password });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(ct));
        return (await response.JsonAsync()).GetProperty("access_token").GetString()!;
    }

    internal static Task<List<JsonElement>> OrdersAsync(HttpClient admin, CancellationToken ct) => PagesAsync(admin, "/v1/orders", ct);

    private static Task<List<JsonElement>> AllNotificationsAsync(HttpClient admin, CancellationToken ct) => PagesAsync(admin, "/v1/notifications", ct);

    private static async Task<List<JsonElement>> PagesAsync(HttpClient admin, string path, CancellationToken ct)
    {
        var all = new List<JsonElement>();
        for (var page = 1; ; page++)
        {
            var items = (await GetAsync(admin, $"{path}?page={page}&page_size=100", ct)).GetProperty("items").EnumerateArray().ToList();
            all.AddRange(items);
            if (items.Count < 100)
            {
                return all;
            }
        }
    }

    private static async Task<JsonElement> GetAsync(HttpClient client, string url, CancellationToken ct)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative), ct);
        var body = await response.Content.ReadAsStringAsync(ct);
        Assert.True(response.IsSuccessStatusCode, $"GET {url}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    internal static string? Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>Collects every broken invariant instead of stopping at the first, so one run shows the whole picture.</summary>
    internal sealed class InvariantCheck
    {
        public List<string> Failures { get; } = [];

        public int Passed { get; private set; }

        public void That(bool holds, string failure)
        {
            if (holds)
            {
                Passed++;
            }
            else
            {
                Failures.Add(failure);
            }
        }
    }
}
