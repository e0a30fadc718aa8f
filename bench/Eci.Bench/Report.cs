using System.Globalization;
using System.Text;

namespace Eci.Bench;

/// <summary>The run as a Markdown section: the targets with their baselines and verdicts first, then every measurement.</summary>
internal static class Report
{
    public static string Write(SuiteResults r, SuiteOptions options, TimeSpan took)
    {
        var md = new StringBuilder();
        md.AppendLine(Inv($"## Run of {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC"))
            .AppendLine()
            .AppendLine(Inv($"`bash bench/run.sh` took {took.TotalMinutes:F1} min. Machine: {Machine()}; PostgreSQL {r.PostgresVersion}; .NET {Environment.Version}."))
            .AppendLine(Inv($"Each load ran {options.Duration.TotalSeconds:F0} s after a warm-up, from a second process on loopback; the host, PostgreSQL and the load share the machine."))
            .AppendLine()
            .AppendLine("| Target | ECI | Baseline, same run | Met |")
            .AppendLine("|---|---|---|---|");
        foreach (var kind in r.Reads.Count > 0 ? new[] { "list", "search" } : [])
        {
            var eci = r.Reads.Single(x => x.Name == $"{kind}: ECI");
            var uncached = r.Reads.Single(x => x.Name == $"{kind}: ECI, cache off");
            var raw = r.Reads.Single(x => x.Name == $"{kind}: raw Npgsql");
            var ratio = eci.PerSecond / raw.PerSecond;
            md.AppendLine(Inv($"| Catalog {kind}: ≥ 0.7× the raw-Npgsql app's requests/s at {eci.Concurrency} connections | {eci.PerSecond:F0}/s, p99 {eci.P99:F1} ms (cache off: {uncached.PerSecond:F0}/s, {uncached.PerSecond / raw.PerSecond:F2}×, p99 {uncached.P99:F1} ms) | {raw.PerSecond:F0}/s, p99 {raw.P99:F1} ms | {Verdict(ratio >= 0.7 && eci.Failed == 0)} ({ratio:F2}×) |"));
        }

        if (r.Checkouts.Count > 0)
        {
            var best = r.Checkouts.MaxBy(c => c.PerSecond)!;
            var sqlBest = r.Pgbench.MaxBy(c => c.PerSecond)!;
            var peak = Peak(r.Checkouts);
            var sqlPeak = Peak(r.Pgbench);
            var ratio = best.PerSecond / sqlBest.PerSecond;
            md.AppendLine(Inv($"| Checkout: ≥ 0.5× pgbench's orders/s (each at its highest) | {best.PerSecond:F0} orders/s at {best.Concurrency} shoppers | {sqlBest.PerSecond:F0} orders/s at {sqlBest.Concurrency} clients | {Verdict(ratio >= 0.5)} ({ratio:F2}×) |"))
                .AppendLine(Inv($"| Checkout: p99 < 100 ms where throughput peaks (the fewest shoppers reaching 95 % of the highest orders/s; more only queue) | {peak.PerSecond:F0} orders/s at {peak.Concurrency} shoppers: p99 {peak.P99:F1} ms (p50 {peak.P50:F1}, p95 {peak.P95:F1}) | {sqlPeak.PerSecond:F0} orders/s at {sqlPeak.Concurrency} clients: p99 {sqlPeak.P99:F1} ms | {Verdict(peak.P99 < 100 && peak.Failed == 0)} |"));
        }

        if (r.MySqlCheckouts.Count > 0)
        {
            var mysql = r.MySqlCheckouts.MaxBy(c => c.PerSecond)!;
            var postgres = r.Checkouts.FirstOrDefault(c => c.Concurrency == mysql.Concurrency);
            var beside = postgres is null ? "" : Inv($"all on PostgreSQL at {postgres.Concurrency} shoppers: {postgres.PerSecond:F0} orders/s, p99 {postgres.P99:F1} ms");
            md.AppendLine(Inv($"| Checkout in the seed's layout (Orders and Shipping on MySQL {r.MySqlVersion}): reported beside all-PostgreSQL, no failures | {mysql.PerSecond:F0} orders/s at {mysql.Concurrency} shoppers: p99 {mysql.P99:F1} ms (p50 {mysql.P50:F1}, p95 {mysql.P95:F1}) | {beside} | {Verdict(mysql.Failed == 0)} |"));
        }

        if (r.Flash is { } f)
        {
            md.AppendLine(Inv($"| Flash sale: {f.Buyers} buyers, {f.Units} units: exactly {f.Units} succeed, the rest 409, no 5xx | {f.Succeeded} × 201, {f.Refused409} × 409, {f.ServerErrors} × 5xx, {f.Other} other; sold out in {f.SoldOutSeconds:F2} s, all answered in {f.AllAnsweredSeconds:F2} s; {f.Stock} | | {Verdict(f.Met)} |"));
        }

        if (r.ReadySqlite > TimeSpan.Zero)
        {
            md.AppendLine(Inv($"| Ready ≤ 2 s on SQLite | {r.ReadySqlite.TotalSeconds:F2} s | | {Verdict(r.ReadySqlite.TotalSeconds <= 2)} |"));
        }

        md.AppendLine(Inv($"| Ready ≤ 2 s on PostgreSQL | {r.ReadyPostgres.TotalSeconds:F2} s | | {Verdict(r.ReadyPostgres.TotalSeconds <= 2)} |"));
        if (r.PeakRssMiB > 0)
        {
            md.AppendLine(Inv($"| RSS ≤ 300 MB under load | peak {r.PeakRssMiB:F0} MiB through the checkout runs{(r.PeakRssAfterFlashMiB > 0 ? Inv($" and {r.PeakRssAfterFlashMiB:F0} MiB through the flash sale") : "")}; idle {r.IdleRssMiB:F0} MiB, after the checkout runs {r.RssAfterCheckoutMiB:F0} MiB | | {Verdict(Math.Max(r.PeakRssMiB, r.PeakRssAfterFlashMiB) <= 300)} |"));
        }

        md.AppendLine()
            .AppendLine("| Run | Concurrency | Per second | p50 ms | p95 ms | p99 ms | Failed | Host CPU % | Host peak RSS MiB | Answers |")
            .AppendLine("|---|---|---|---|---|---|---|---|---|---|");
        foreach (var x in r.Reads.Concat(r.Checkouts.Zip(r.Pgbench).SelectMany(p => new[] { p.First, p.Second })).Concat(r.MySqlCheckouts).Concat(r.Scaling.Skip(1)))
        {
            md.AppendLine(Inv($"| {x.Name} | {x.Concurrency} | {x.PerSecond:F0} | {x.P50:F1} | {x.P95:F1} | {x.P99:F1} | {x.Failed} | {Optional(x.HostCpuPercent)} | {Optional(x.HostPeakRssMiB)} | {x.Statuses} |"));
        }

        md.AppendLine();
        if (r.Overload.Count > 0)
        {
            md.AppendLine(Inv($"Overload: checkout at multiples of capacity ({r.Overload[0].Shoppers} shoppers = 1×), closed loop, a shed shopper retrying at once; two readers send `GET /v1/orders` alongside. Latencies are of successful requests."))
                .AppendLine()
                .AppendLine("| Load | Shoppers | Goodput orders/s | p50 ms | p99 ms | Shed rate | Reads/s | Read p99 ms | Reads shed | Answers |")
                .AppendLine("|---|---|---|---|---|---|---|---|---|---|");
            foreach (var o in r.Overload)
            {
                md.AppendLine(Inv($"| {o.Multiple}× | {o.Shoppers} | {o.Goodput:F0} | {o.P50:F1} | {o.P99:F1} | {o.ShedRate:P1} | {o.Reads / o.Seconds:F0} | {o.ReadP99:F1} | {o.ReadsShed} | {o.Statuses} |"));
            }

            md.AppendLine();
        }

        if (r.Scaling.Count > 0)
        {
            md.AppendLine("Scaling, checkout orders/s at the peak's concurrency: " + string.Join(", ", r.Scaling.Select(s => Inv($"{s.Name} {s.PerSecond:F0}"))) + ".")
                .AppendLine();
        }

        return md.ToString();
    }

    /// <summary>Where throughput peaks: the lowest concurrency within 5 % of the highest throughput measured.</summary>
    public static LoadResult Peak(IReadOnlyList<LoadResult> sweep)
    {
        var highest = sweep.Max(x => x.PerSecond);
        return sweep.OrderBy(x => x.Concurrency).First(x => x.PerSecond >= 0.95 * highest);
    }

    private static string Verdict(bool met) => met ? "**yes**" : "**no**";

    private static string Optional(double? value) => value is { } v ? v.ToString("F0", CultureInfo.InvariantCulture) : "";

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static string Machine()
    {
        var model = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':')[1].Trim() ?? "unknown CPU";
        var memory = File.ReadLines("/proc/meminfo").First(l => l.StartsWith("MemTotal", StringComparison.Ordinal)).Split(':')[1].Trim().Split(' ')[0];
        return Inv($"{Environment.ProcessorCount} cores ({model}), {long.Parse(memory, CultureInfo.InvariantCulture) / 1024 / 1024} GiB, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}");
    }
}
