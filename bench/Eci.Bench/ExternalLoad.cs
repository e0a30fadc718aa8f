using System.Diagnostics;
using System.Globalization;

namespace Eci.Bench;

/// <summary>Load from the standard tools: wrk for HTTP, pgbench for the SQL-only checkout references.</summary>
internal static class ExternalLoad
{
    /// <summary>Rounds of a measurement in turns: an even number, so that with the order reversed every other round
    /// each server's turns sit, on average, at the same point of the round.</summary>
    public const int Rounds = 4;

    /// <summary>The whole seconds of one turn (wrk takes whole seconds), so a measurement lasts <see cref="Rounds"/> × this.</summary>
    public static int TurnSeconds(TimeSpan duration) => Math.Max(2, (int)Math.Round(duration.TotalSeconds / Rounds, MidpointRounding.AwayFromZero));

    /// <summary>
    /// wrk with two threads against each server's URL, the servers taking turns: each is warmed (a run of
    /// <paramref name="warmup"/> thrown away), then each has one turn in every round, in the given order and in
    /// reverse every other round. A shared machine's speed drifts within seconds (another tenant's load, the
    /// hypervisor's steal time); in turns, the drift falls on every server alike instead of on whichever ran last.
    /// Requests and CPU are summed over the turns; each latency percentile is the median of the turns' values.
    /// </summary>
    public static async Task<IReadOnlyList<LoadResult>> WrkInTurnsAsync(string benchDirectory, IReadOnlyList<WrkTarget> targets, int connections, TimeSpan duration, TimeSpan warmup)
    {
        var script = Path.Combine(benchDirectory, "wrk-report.lua");
        foreach (var target in targets)
        {
            await RunAsync("wrk", $"-t2 -c{connections} -d{Math.Max(1, (int)warmup.TotalSeconds)}s -s {script} {target.Url}");
        }

        var turns = targets.Select(_ => new List<WrkSlice>()).ToArray();
        for (var round = 0; round < Rounds; round++)
        {
            for (var turn = 0; turn < targets.Count; turn++)
            {
                var index = round % 2 == 0 ? turn : targets.Count - 1 - turn;
                var target = targets[index];
                var cpuBefore = target.Server.CpuSeconds;
                var output = await RunAsync("wrk", $"-t2 -c{connections} -d{TurnSeconds(duration)}s -s {script} {target.Url}");
                turns[index].Add(WrkSlice.Parse(output, target.Server.CpuSeconds - cpuBefore));
            }
        }

        return targets.Select((target, i) => WrkSlice.Combine(target, connections, turns[i])).ToList();
    }

    /// <summary>pgbench running a checkout script (one order per transaction); latency percentiles come from its per-transaction log.</summary>
    public static async Task<LoadResult> PgbenchAsync(string name, string benchDirectory, string scriptFile, IReadOnlyDictionary<string, string> pgEnvironment, int skus, int clients, TimeSpan duration)
    {
        var logDirectory = Directory.CreateTempSubdirectory("pgbench-");
        try
        {
            var script = Path.Combine(benchDirectory, scriptFile);
            // A deadlock is tried again, up to three times in all, as ECI's transactions are.
            var output = await RunAsync("pgbench", $"-n -f {script} -D skus={skus} -c {clients} -j {Math.Min(clients, 2)} -T {(int)duration.TotalSeconds} --max-tries=3 -l --log-prefix={Path.Combine(logDirectory.FullName, "tx")}", pgEnvironment);
            var latencies = new Latencies();
            long transactions = 0;
            foreach (var file in logDirectory.GetFiles("tx*"))
            {
                foreach (var line in File.ReadLines(file.FullName))
                {
                    // client_id transaction_no time_us script_no time_epoch time_us_fraction [retries]; a failed
                    // transaction has "failed" for its time and is counted from the summary instead.
                    if (long.TryParse(line.Split(' ')[2], NumberStyles.None, CultureInfo.InvariantCulture, out var micros))
                    {
                        latencies.Add(TimeSpan.FromMicroseconds(micros));
                        transactions++;
                    }
                }
            }

            var failed = output.Split('\n').FirstOrDefault(l => l.StartsWith("number of failed transactions", StringComparison.Ordinal)) is { } f
                ? long.Parse(f.Split(':')[1].Trim().Split(' ')[0], CultureInfo.InvariantCulture) : 0;
            var (p50, p95, p99) = latencies.Percentiles();
            return new LoadResult(name, clients, duration.TotalSeconds, transactions, failed, p50, p95, p99);
        }
        finally
        {
            logDirectory.Delete(recursive: true);
        }
    }

    public static async Task<string> RunAsync(string file, string arguments, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {file}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {arguments} exited with {process.ExitCode}: {await stderr}");
        }

        return await stdout + await stderr;
    }
}
