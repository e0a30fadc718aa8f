using System.Collections.Concurrent;
using System.Diagnostics;

namespace Eci.Bench;

/// <summary>
/// Closed-loop checkout load: each of N workers places orders of 1–3 lines (1–2 units each) over all the SKUs, one after
/// another, as one of the shoppers, for a fixed time after a warm-up. Workers are spread over the given hosts.
/// </summary>
internal static class CheckoutLoad
{
    public static async Task<LoadResult> RunAsync(
        string name, IReadOnlyList<ShopApi> hosts, IReadOnlyList<ChildProcess> processes, BenchShop shop, int concurrency, TimeSpan warmup, TimeSpan duration)
    {
        var latencies = new Latencies();
        var statuses = new ConcurrentDictionary<int, long>();
        long succeeded = 0, failed = 0;
        var measuring = false;
        var clock = Stopwatch.StartNew();
        var end = warmup + duration;

        async Task WorkerAsync(int worker)
        {
            var random = new Random(worker);
            var api = hosts[worker % hosts.Count];
            var token = shop.Shoppers[worker % shop.Shoppers.Count];
            while (clock.Elapsed < end)
            {
                var lines = RandomLines(random, shop);
                // Only orders placed inside the window count: one that started in the warm-up says little.
                var counted = Volatile.Read(ref measuring);
                var started = Stopwatch.GetTimestamp();
                int status;
                try
                {
                    using var response = await api.PlaceOrderAsync(token, lines);
                    status = (int)response.StatusCode;
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
                {
                    status = 0;
                }

                if (!counted)
                {
                    continue;
                }

                latencies.Add(Stopwatch.GetElapsedTime(started));
                statuses.AddOrUpdate(status, 1, (_, n) => n + 1);
                Interlocked.Increment(ref status == 201 ? ref succeeded : ref failed);
            }
        }

        var workers = Enumerable.Range(0, concurrency).Select(WorkerAsync).ToList();
        await Task.Delay(warmup);
        processes.ToList().ForEach(p => p.MarkCpu());
        Volatile.Write(ref measuring, true);
        var measuredFrom = clock.Elapsed;
        await Task.WhenAll(workers);
        var seconds = (clock.Elapsed - measuredFrom).TotalSeconds;
        var (p50, p95, p99) = latencies.Percentiles();
        return new LoadResult(name, concurrency, seconds, succeeded, failed, p50, p95, p99)
        {
            HostCpuPercent = processes.Sum(p => p.CpuPercentSinceMark),
            HostPeakRssMiB = processes.Max(p => p.PeakRssMiB),
            Statuses = Describe(statuses),
        };
    }

    /// <summary>Places orders as <see cref="RunAsync"/> does for the given time, measuring nothing (see Suite's JitWarmup).</summary>
    public static async Task WarmUpAsync(ShopApi api, BenchShop shop, int concurrency, TimeSpan duration)
    {
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async worker =>
        {
            var random = new Random(-1 - worker);
            var token = shop.Shoppers[worker % shop.Shoppers.Count];
            while (clock.Elapsed < duration)
            {
                try
                {
                    using var response = await api.PlaceOrderAsync(token, RandomLines(random, shop));
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
                {
                    // An order that got no answer still warmed the path it took.
                }
            }
        }));
    }

    // 1–3 distinct products of the shop, 1–2 units each.
    private static List<(int Product, int Quantity)> RandomLines(Random random, BenchShop shop) =>
        Enumerable.Range(0, random.Next(1, 4))
            .Select(_ => shop.Products[random.Next(shop.Products.Count)]).Distinct()
            .Select(p => (p, random.Next(1, 3))).ToList();

    public static string Describe(IDictionary<int, long> statuses) =>
        string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{(s.Key == 0 ? "no answer" : s.Key.ToString(System.Globalization.CultureInfo.InvariantCulture))}: {s.Value}"));
}
