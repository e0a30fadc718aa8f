using System.Globalization;
using System.Text;

namespace Eci.Bench;

/// <summary>The run as a Markdown section: the targets with their baselines and verdicts first, then every measurement.</summary>
internal static class Report
{
    private const double MegabytesPerMebibyte = 1.048576;

    public static string Write(SuiteResults r, SuiteOptions options, TimeSpan took)
    {
        var md = new StringBuilder();
        md.AppendLine(Inv($"## Run of {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC"))
            .AppendLine()
            .AppendLine(Inv($"`bash bench/run.sh` took {took.TotalMinutes:F1} min. Machine: {Machine()}; PostgreSQL {r.PostgresVersion}; .NET {Environment.Version}."))
            .AppendLine(Inv($"Each load ran {options.Duration.TotalSeconds:F0} s after a warm-up ({Suite.JitWarmup.TotalSeconds:F0} s of the same load when a host had not carried it yet: its first reads, its first orders), from a second process on loopback; the reads and liveness took turns with their references, {ExternalLoad.Rounds} turns of {ExternalLoad.TurnSeconds(options.Duration)} s each. The host, PostgreSQL and the load share the machine."))
            .AppendLine()
            .AppendLine("| Target | ECI | Reference, same run | Met |")
            .AppendLine("|---|---|---|---|");
        Checkout(md, r, options);
        foreach (var kind in r.Reads.Count > 0 ? new[] { "list", "search" } : [])
        {
            var cached = r.Reads.Single(x => x.Name == $"{kind}: ECI");
            var eci = r.Reads.Single(x => x.Name == $"{kind}: ECI, cache off");
            var lean = r.Reads.Single(x => x.Name == $"{kind}: lean");
            md.AppendLine(Inv($"| Catalog {kind}, uncached: ≥ 0.7× the lean app's requests/s at {eci.Concurrency} connections | {eci.PerSecond:F0}/s, p99 {eci.P99:F1} ms (read cache on: {cached.PerSecond:F0}/s, p99 {cached.P99:F1} ms) | {lean.PerSecond:F0}/s, p99 {lean.P99:F1} ms | {AtLeast(eci.PerSecond / lean.PerSecond, 0.7, eci.Failed)} |"));
        }

        if (r.Health.Count == 2)
        {
            var (eci, bare) = (r.Health[0], r.Health[1]);
            md.AppendLine(Inv($"| `/health/live`: ≥ 0.6× a bare minimal API's requests/s at {eci.Concurrency} connections (the middleware tax) | {eci.PerSecond:F0}/s, p99 {eci.P99:F1} ms | {bare.PerSecond:F0}/s, p99 {bare.P99:F1} ms | {AtLeast(eci.PerSecond / bare.PerSecond, 0.6, eci.Failed)} |"));
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
            md.AppendLine(Inv($"| Flash sale: {f.Buyers} buyers, {f.Units} units: exactly {f.Units} succeed, the rest 409, no 5xx as a final answer | final answers {f.Succeeded} × 201, {f.Refused409} × 409, {f.ServerErrors} × 5xx, {f.Other} other ({f.ShedAndRetried} times a buyer was shed with 503 and came back after Retry-After); sold out in {f.SoldOutSeconds:F2} s, all answered in {f.AllAnsweredSeconds:F2} s; {f.Stock} | | {Verdict(f.Met)} |"));
        }

        if (r.ReadySqlite.Measured)
        {
            md.AppendLine(Inv($"| Ready ≤ 2 s on SQLite | {r.ReadySqlite} | | {AtMost(r.ReadySqlite.MedianSeconds, 2, "s")} |"));
        }

        md.AppendLine(Inv($"| Ready ≤ 2 s on PostgreSQL | {r.ReadyPostgres} | | {AtMost(r.ReadyPostgres.MedianSeconds, 2, "s")} |"));
        if (r.PeakRssMiB > 0)
        {
            // The target is in MB (10^6 bytes); /proc reports KiB, shown here as MiB (1 MiB = 1.048576 MB).
            var peakMb = Math.Max(r.PeakRssMiB, r.PeakRssAfterFlashMiB) * MegabytesPerMebibyte;
            md.AppendLine(Inv($"| RSS ≤ 300 MB under load | peak {r.PeakRssMiB:F0} MiB through the checkout runs{(r.PeakRssAfterFlashMiB > 0 ? Inv($" and {r.PeakRssAfterFlashMiB:F0} MiB through the flash sale") : "")} (at most {peakMb:F0} MB); idle {r.IdleRssMiB:F0} MiB, after the checkout runs {r.RssAfterCheckoutMiB:F0} MiB | | {AtMost(peakMb, 300, "MB", 0)} |"));
        }

        md.AppendLine()
            .AppendLine("| Run | Concurrency | Per second | p50 ms | p95 ms | p99 ms | Failed | Host CPU % | Host peak RSS MiB | Answers |")
            .AppendLine("|---|---|---|---|---|---|---|---|---|---|");
        var sweep = r.Checkouts.Zip(r.LeanCheckouts, r.Pgbench).SelectMany(t => new[] { t.First, t.Second, t.Third });
        foreach (var x in r.Reads.Concat(r.Health).Concat(sweep).Concat(r.MySqlCheckouts).Concat(r.Scaling.Skip(1)))
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

    /// <summary>Where throughput peaks: the lowest concurrency within 5 % of the highest throughput of the runs that shed nothing.</summary>
    public static LoadResult Peak(IReadOnlyList<LoadResult> sweep)
    {
        // A run in which the host shed checkouts (503, ADR 0028) is past its capacity by its own account: the overload
        // part measures those. The knee is looked for among the runs it served in full, unless there are none.
        var served = sweep.Where(x => x.Failed == 0).ToList();
        var candidates = served.Count > 0 ? served : sweep;
        var highest = candidates.Max(x => x.PerSecond);
        return candidates.OrderBy(x => x.Concurrency).First(x => x.PerSecond >= 0.95 * highest);
    }

    /// <summary>
    /// Checkout against the lean SQL at the same client count: at 4 shoppers and where ECI's throughput knees; ECI's
    /// own statements replayed by pgbench are shown beside as the share of the gap that is SQL, and the command count.
    /// </summary>
    private static void Checkout(StringBuilder md, SuiteResults r, SuiteOptions options)
    {
        if (r.Checkouts.Count > 0 && r.LeanCheckouts.Count == r.Checkouts.Count)
        {
            var knee = Peak(r.Checkouts);
            var four = r.Checkouts.MinBy(c => Math.Abs(c.Concurrency - 4))!;
            foreach (var eci in new[] { four, knee }.Distinct())
            {
                var at = r.Checkouts.IndexOf(eci);
                var (lean, replay) = (r.LeanCheckouts[at], r.Pgbench[at]);
                var where = eci == knee ? Inv($"{eci.Concurrency} shoppers, the knee (the fewest reaching 95 % of the highest orders/s among the runs with nothing shed)") : Inv($"{eci.Concurrency} shoppers");
                md.AppendLine(Inv($"| Checkout at {where}: ≥ 0.5× the lean SQL's orders/s at {lean.Concurrency} clients | {eci.PerSecond:F0} orders/s, p99 {eci.P99:F1} ms (p50 {eci.P50:F1}, p95 {eci.P95:F1}) | lean: {lean.PerSecond:F0}/s, p99 {lean.P99:F1} ms; ECI's SQL replayed: {replay.PerSecond:F0}/s, p99 {replay.P99:F1} ms | {AtLeast(eci.PerSecond / lean.PerSecond, 0.5, eci.Failed)} |"));
            }

            md.AppendLine(Inv($"| Checkout p99 < 100 ms at the knee ({knee.Concurrency} shoppers) | {knee.P99:F1} ms | | {Below(knee.P99, 100, "ms")} |"));
        }

        if (r.Checkouts.Count > 0)
        {
            var lean = Statements(Path.Combine(options.BenchDirectory, "checkout-lean.pgbench"));
            var replay = Statements(Path.Combine(options.BenchDirectory, "checkout.pgbench"));
            var measured = r.CommandsPerOrder is { } c ? Inv($"{c:F1}") : "not measured (the host exposes no command count yet)";
            var verdict = r.CommandsPerOrder is { } n ? AtMost(n, CommandCount.Target, "commands", 1) : "**not measured**";
            md.AppendLine(Inv($"| SQL commands per 2-line order, relay, inbox and notification included: ≤ {CommandCount.Target} | {measured} | lean: {lean}; ECI's replay: {replay} (without BEGIN/COMMIT) | {verdict} |"));
        }
    }

    /// <summary>
    /// The commands a pgbench script sends per transaction, transaction control left out: each ends with a semicolon, or
    /// with <c>\gset</c> when its answer is kept for a later one. Statements joined with <c>\;</c> go as one command, as
    /// a batch does in ECI's own count.
    /// </summary>
    private static int Statements(string script) => File.ReadLines(script)
        .Select(l => l.Trim())
        .Where(l => !l.StartsWith("--", StringComparison.Ordinal) && !l.EndsWith("\\;", StringComparison.Ordinal)
            && (l.EndsWith(';') || l.EndsWith("\\gset", StringComparison.Ordinal)))
        .Count(l => l is not ("BEGIN;" or "COMMIT;"));

    private static string Verdict(bool met) => met ? "**met**" : "**missed**";

    private static string AtLeast(double ratio, double target, long failed)
    {
        if (failed > 0)
        {
            return Inv($"**no**: {failed} failed ({ratio:F2}×)");
        }

        if (ratio >= target)
        {
            return Inv($"**met** ({ratio:F2}×)");
        }

        var decimals = DecimalsFor(target - ratio, 2);
        return $"**missed by {Fixed(target - ratio, decimals)}×** ({Fixed(ratio, decimals)}×)";
    }

    private static string AtMost(double value, double limit, string unit, int decimals = 2) =>
        value <= limit ? "**met**" : MissedBy(value - limit, decimals, unit);

    private static string Below(double value, double limit, string unit) =>
        value < limit ? "**met**" : MissedBy(value - limit, 1, unit);

    private static string MissedBy(double miss, int decimals, string unit) =>
        $"**missed by {Fixed(miss, DecimalsFor(miss, decimals))} {unit}**";

    /// <summary>At least <paramref name="decimals"/>, and more (up to four) while the miss would round to zero.</summary>
    private static int DecimalsFor(double miss, int decimals)
    {
        while (decimals < 4 && Math.Round(miss, decimals) == 0)
        {
            decimals++;
        }

        return decimals;
    }

    private static string Fixed(double value, int decimals) => value.ToString("F" + decimals, CultureInfo.InvariantCulture);

    private static string Optional(double? value) => value is { } v ? v.ToString("F0", CultureInfo.InvariantCulture) : "";

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static string Machine()
    {
        var model = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':')[1].Trim() ?? "unknown CPU";
        var memory = File.ReadLines("/proc/meminfo").First(l => l.StartsWith("MemTotal", StringComparison.Ordinal)).Split(':')[1].Trim().Split(' ')[0];
        return Inv($"{Environment.ProcessorCount} cores ({model}), {long.Parse(memory, CultureInfo.InvariantCulture) / 1024 / 1024} GiB, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}");
    }
}
