using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;

namespace Eci.Bench;

/// <summary>One overload run: checkout at a multiple of capacity, with a few signed-in readers alongside.</summary>
internal sealed record OverloadResult(
    int Multiple, int Shoppers, double Seconds, long Succeeded, long Shed, long OtherFailures, double P50, double P99, long Reads, double ReadP99, long ReadsShed)
{
    /// <summary>Orders placed per second: the goodput.</summary>
    public double Goodput => Succeeded / Seconds;

    /// <summary>The share of checkout answers that were 503 overloaded.</summary>
    public double ShedRate => Shed / (double)Math.Max(1, Succeeded + Shed + OtherFailures);

    public string Statuses { get; init; } = string.Empty;
}

/// <summary>
/// Closed-loop checkout at 1×, 2× and 4× capacity (shoppers = multiple × capacity), as <see cref="CheckoutLoad"/> but
/// counting a 503 as shed rather than as a failure; a shopper sent away tries again at once, so the offered load stays
/// at its multiple. Readers send <c>GET /v1/orders</c> one after another at the same time, to show that checkout
/// cannot starve reads. Latency percentiles are of the successful requests only.
/// </summary>
internal static class OverloadLoad
{
    public static async Task<OverloadResult> RunAsync(ShopApi api, BenchShop shop, int capacity, int multiple, int readers, TimeSpan warmup, TimeSpan duration)
    {
        var shoppers = capacity * multiple;
        var orderLatencies = new Latencies();
        var readLatencies = new Latencies();
        var statuses = new ConcurrentDictionary<int, long>();
        long succeeded = 0, shed = 0, other = 0, reads = 0, readsShed = 0;
        var measuring = false;
        var clock = Stopwatch.StartNew();
        var end = warmup + duration;

        async Task ShopperAsync(int worker)
        {
            var random = new Random(worker);
            var token = shop.Shoppers[worker % shop.Shoppers.Count];
            while (clock.Elapsed < end)
            {
                var lines = Enumerable.Range(0, random.Next(1, 4))
                    .Select(_ => shop.Products[random.Next(shop.Products.Count)]).Distinct()
                    .Select(p => (p, random.Next(1, 3))).ToList();
                var counted = Volatile.Read(ref measuring);
                var started = Stopwatch.GetTimestamp();
                var status = await StatusAsync(() => api.PlaceOrderAsync(token, lines));
                if (!counted)
                {
                    continue;
                }

                statuses.AddOrUpdate(status, 1, (_, n) => n + 1);
                if (status == (int)HttpStatusCode.Created)
                {
                    orderLatencies.Add(Stopwatch.GetElapsedTime(started));
                    Interlocked.Increment(ref succeeded);
                }
                else
                {
                    Interlocked.Increment(ref status == (int)HttpStatusCode.ServiceUnavailable ? ref shed : ref other);
                }
            }
        }

        async Task ReaderAsync(int worker)
        {
            var token = shop.Shoppers[(shop.Shoppers.Count - 1 - worker) % shop.Shoppers.Count];
            while (clock.Elapsed < end)
            {
                var counted = Volatile.Read(ref measuring);
                var started = Stopwatch.GetTimestamp();
                var status = await StatusAsync(() => api.GetAsync(token, "/v1/orders?page_size=10"));
                if (!counted)
                {
                    continue;
                }

                if (status == (int)HttpStatusCode.OK)
                {
                    readLatencies.Add(Stopwatch.GetElapsedTime(started));
                    Interlocked.Increment(ref reads);
                }
                else
                {
                    Interlocked.Increment(ref readsShed);
                }
            }
        }

        var workers = Enumerable.Range(0, shoppers).Select(ShopperAsync).Concat(Enumerable.Range(0, readers).Select(ReaderAsync)).ToList();
        await Task.Delay(warmup);
        Volatile.Write(ref measuring, true);
        var measuredFrom = clock.Elapsed;
        await Task.WhenAll(workers);
        var seconds = (clock.Elapsed - measuredFrom).TotalSeconds;
        var (p50, _, p99) = orderLatencies.Percentiles();
        var (_, _, readP99) = readLatencies.Percentiles();
        return new OverloadResult(multiple, shoppers, seconds, succeeded, shed, other, p50, p99, reads, readP99, readsShed)
        {
            Statuses = CheckoutLoad.Describe(statuses),
        };
    }

    private static async Task<int> StatusAsync(Func<Task<HttpResponseMessage>> send)
    {
        try
        {
            using var response = await send();
            return (int)response.StatusCode;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            return 0;
        }
    }
}
