using System.Net;
using System.Text.Json;
using Eci.Testing;
using Xunit;

namespace Eci.ChaosTests;

/// <summary>
/// Two real hosts relay their modules' outboxes into one event feed at once, while a reader pages it from the
/// other replica: the reader sees every event exactly once (ADR 0043).
/// </summary>
public sealed class FeedAcrossReplicasTests(TwoReplicasFixture fixture) : IClassFixture<TwoReplicasFixture>
{
    [Fact(Timeout = 180_000)]
    public async Task Orders_placed_on_both_replicas_reach_a_paging_reader_each_event_once()
    {
        Assert.SkipWhen(fixture.Replicas is null, TestDatabase.SkipReason);
        var replicas = fixture.Replicas!;
        var ct = TestContext.Current.CancellationToken;
        using var admin0 = await ScaleOutTests.AdminAsync(replicas, 0, ct);
        using var reader = await ScaleOutTests.AdminAsync(replicas, 1, ct);
        var product = await ScaleOutTests.ProductAsync(admin0, price: 15m, stock: 100, ct);
        var shopper = await ScaleOutTests.ShopperTokenAsync(replicas, ct);
        using var first = replicas.Client(0, shopper);
        using var second = replicas.Client(1, shopper);

        var placing = Task.WhenAll(Enumerable.Range(0, 16).Select(i => Task.Run(async () =>
        {
            var response = await Shop.Send(i % 2 == 0 ? first : second, Shop.Order("tok_success", (product, 1)), Guid.NewGuid().ToString());
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            return (await response.JsonAsync()).GetProperty("id").GetString()!;
        }, ct)));
        var read = new List<JsonElement>();
        string? after = null;
        while (!placing.IsCompleted)
        {
            after = await ReadAsync(reader, after, read, ct);
        }

        var orders = (await placing).ToHashSet();
        string[] types = ["order.placed", "stock.reserved", "payment.succeeded", "stock.committed", "order.paid", "shipment.created"];
        await Poll.UntilAsync(
            async () => after = await ReadAsync(reader, after, read, ct),
            _ => types.All(t => orders.All(o => read.Any(e => Type(e) == t && OrderId(e) == o))),
            TimeSpan.FromSeconds(60));

        var ids = read.Select(e => e.GetProperty("id").GetString()).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        foreach (var type in types)
        {
            Assert.All(orders, o => Assert.Single(read, e => Type(e) == type && OrderId(e) == o));
        }

        // A second reader from the start, after the writes, agrees with the one that read while they happened.
        var again = new List<JsonElement>();
        await ReadAsync(admin0, null, again, ct);
        Assert.Equal(again.Select(e => e.GetProperty("id").GetString()).Take(ids.Count), ids);
    }

    // Reads every page after 'after' into 'read'; returns where to resume.
    private static async Task<string?> ReadAsync(HttpClient client, string? after, List<JsonElement> read, CancellationToken ct)
    {
        while (true)
        {
            var response = await client.GetAsync("/v1/events?limit=20" + (after is null ? string.Empty : "&after=" + Uri.EscapeDataString(after)), ct);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = await response.JsonAsync();
            var items = page.GetProperty("items").EnumerateArray().ToList();
            read.AddRange(items);
            var next = page.GetProperty("next_cursor");
            if (next.ValueKind == JsonValueKind.Null)
            {
                return items.Count > 0 ? items[^1].GetProperty("id").GetString() : after;
            }

            after = next.GetString();
        }
    }

    private static string Type(JsonElement e) => e.GetProperty("type").GetString()!;

    private static string? OrderId(JsonElement e) => e.GetProperty("data").TryGetProperty("order_id", out var id) ? id.GetString() : null;
}
