using System.Diagnostics;
using System.Net;
using Eci.Testing;
using Xunit;

namespace Eci.ChaosTests;

/// <summary>
/// Two real hosts on one PostgreSQL behave as one: a key has one answer whichever replica is asked, a catalog write on
/// one is served by the other within about a second, and starting together logs no error (docs/operations.md).
/// </summary>
public sealed class ScaleOutTests(TwoReplicasFixture fixture) : IClassFixture<TwoReplicasFixture>
{
    [Fact]
    public void Replicas_starting_at_the_same_moment_log_no_error()
    {
        AssertNoErrorsLogged(Require());
    }

    [Fact(Timeout = 120_000)]
    public async Task The_same_key_sent_to_both_replicas_at_once_gets_one_final_answer()
    {
        var replicas = Require();
        var ct = TestContext.Current.CancellationToken;
        using var admin = await AdminAsync(replicas, 0, ct);
        var product = await ProductAsync(admin, price: 120m, stock: 6, ct);
        var shopper = await ShopperTokenAsync(replicas, ct);
        using var first = replicas.Client(0, shopper);
        using var second = replicas.Client(1, shopper);

        var pairs = new List<(string Key, object Body, ReplicaAnswer[] Answers)>();
        for (var i = 0; i < 12; i++)
        {
            var key = $"twin-{Guid.NewGuid():N}";
            var body = Shop.Order(i % 4 == 3 ? "tok_card_declined" : "tok_success", (product, 1));
            var answers = await Task.WhenAll(
                Task.Run(async () => await ReplicaAnswer.FromAsync(0, await Shop.Send(first, body, key), ct), ct),
                Task.Run(async () => await ReplicaAnswer.FromAsync(1, await Shop.Send(second, body, key), ct), ct));
            pairs.Add((key, body, answers));
        }

        var odd = pairs.SelectMany(p => p.Answers).Where(a => !a.IsFinal && !a.IsInFlight).ToList();
        Assert.True(odd.Count == 0, "answers that are neither an outcome nor 409 in flight: " + string.Join("; ", odd));
        var split = pairs.Where(p => p.Answers.All(a => a.IsFinal) && !p.Answers[0].SameOutcomeAs(p.Answers[1])).ToList();
        Assert.True(split.Count == 0, "keys answered differently: " + string.Join("; ", split.Select(p => $"{p.Key} [{p.Answers[0]} | {p.Answers[1]}]")));
        var outcomes = pairs.Select(p => p.Answers.First(a => a.IsFinal)).ToList();
        // Orders 0-6 sell the six units but for the declined order 3; every later one finds none left, declined or not.
        Assert.Equal(6, outcomes.Count(a => a.OrderStatus == "fulfilling"));
        Assert.Equal(1, outcomes.Count(a => a.OrderStatus == "cancelled"));
        Assert.Equal(5, outcomes.Count(a => a.Code == "insufficient_stock"));

        // Duplicates that waited on the key's row are normal work: neither replica logged an error for them.
        AssertNoErrorsLogged(replicas);

        // Asked again later, on either replica, each key keeps its one answer.
        foreach (var ((key, body, _), outcome) in pairs.Zip(outcomes))
        {
            foreach (var (client, replica) in new[] { (first, 0), (second, 1) })
            {
                var again = await ReplicaAnswer.FromAsync(replica, await Shop.Send(client, body, key), ct);
                Assert.True(again.SameOutcomeAs(outcome), $"{key}: {again} after {outcome}");
            }
        }
    }

    [Fact(Timeout = 60_000)]
    public async Task A_price_change_on_one_replica_is_served_by_the_other_within_a_second()
    {
        var replicas = Require();
        var ct = TestContext.Current.CancellationToken;
        using var admin = await AdminAsync(replicas, 0, ct);
        using var other = replicas.Client(1, token: null);
        var sku = "SCALE-" + Guid.NewGuid().ToString("N")[..10];
        var created = await (await admin.PostJsonAsync("/v1/products", new { sku, name = "Replicated thing", category = "Test", price = 100m })).JsonAsync();
        var id = created.GetProperty("id").GetInt32();
        Assert.Equal(100m, await PriceAsync(other, id, ct));
        Assert.Equal(100m, await PriceAsync(other, id, ct));

        var changed = await admin.PutJsonAsync($"/v1/products/{id}", new { sku, name = "Replicated thing", category = "Test", price = 175.5m });
        Assert.True(changed.IsSuccessStatusCode, await changed.Content.ReadAsStringAsync(ct));
        var clock = Stopwatch.StartNew();
        var seen = await Poll.UntilAsync(() => PriceAsync(other, id, ct), price => price == 175.5m, TimeSpan.FromSeconds(5));
        var elapsed = clock.Elapsed;

        Assert.Equal(175.5m, seen);
        Assert.True(elapsed < TimeSpan.FromSeconds(1.5), $"the other replica served the old price for {elapsed.TotalMilliseconds:F0} ms");
    }

    private static void AssertNoErrorsLogged(Replicas replicas)
    {
        foreach (var host in replicas.Hosts)
        {
            var errors = host.Tail.Split(Environment.NewLine)
                .Where(l => l.Contains("\"LogLevel\":\"Error\"", StringComparison.Ordinal) || l.Contains("23505", StringComparison.Ordinal)).ToList();
            Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
        }
    }

    private Replicas Require()
    {
        Assert.SkipWhen(fixture.Replicas is null, TestDatabase.SkipReason);
        return fixture.Replicas!;
    }

    internal static async Task<HttpClient> AdminAsync(Replicas replicas, int replica, CancellationToken ct)
    {
        using var anonymous = replicas.Client(replica, token: null);
        return replicas.Client(replica, await KillDuringCheckoutTests.TokenAsync(anonymous, KillDuringCheckoutTests.AdminEmail, KillDuringCheckoutTests.AdminPassword, ct));
    }

    internal static async Task<int> ProductAsync(HttpClient admin, decimal price, int stock, CancellationToken ct)
    {
        var warehouse = "SO" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        (await admin.PostJsonAsync("/v1/inventory/warehouses", new { code = warehouse, name = "Scale-out", priority = 1 })).EnsureSuccessStatusCode();
        var product = await (await admin.PostJsonAsync("/v1/products",
            new { sku = "SCALE-" + Guid.NewGuid().ToString("N")[..10], name = "Scale-out thing", category = "Test", price })).JsonAsync();
        var id = product.GetProperty("id").GetInt32();
        var received = await admin.PostJsonAsync("/v1/inventory", new { product_id = id, warehouse, quantity = stock });
        Assert.True(received.IsSuccessStatusCode, await received.Content.ReadAsStringAsync(ct));
        return id;
    }

    /// <summary>A new customer with a default address; the token is good on every replica (one signing key).</summary>
    internal static async Task<string> ShopperTokenAsync(Replicas replicas, CancellationToken ct)
    {
        using var anonymous = replicas.Client(0, token: null);
        var email = $"c{Guid.NewGuid():N}@example.com";
        const string password = "correct-horse-battery";
        var registered = await anonymous.PostJsonAsync("/v1/users/register", new { email, full_name = "Scale-out Customer", password });
        Assert.True(registered.IsSuccessStatusCode, await registered.Content.ReadAsStringAsync(ct));
        var id = (await registered.JsonAsync()).GetProperty("id").GetInt32();
        var token = await KillDuringCheckoutTests.TokenAsync(anonymous, email, password, ct);
        using var client = replicas.Client(1, token);
        var address = await client.PutJsonAsync($"/v1/users/{id}", new
        {
            addresses = new[] { new { line1 = "12 MG Road", city = "Bengaluru", postal_code = "560001", country = "IN", is_default = true } },
        });
        Assert.True(address.IsSuccessStatusCode, await address.Content.ReadAsStringAsync(ct));
        return token;
    }

    private static async Task<decimal> PriceAsync(HttpClient client, int id, CancellationToken ct)
    {
        using var response = await client.GetAsync(new Uri($"/v1/products/{id}", UriKind.Relative), ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.JsonAsync()).GetProperty("price").GetDecimal();
    }
}
