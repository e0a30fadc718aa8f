using System.Text.Json;

namespace Eci.Bench;

/// <summary>One server measured by wrk: a name for the report, the URL to load and the process behind it.</summary>
internal sealed record WrkTarget(string Name, Uri Url, ChildProcess Server);

/// <summary>One turn (one wrk run) of a measurement taken in turns (<see cref="ExternalLoad.WrkInTurnsAsync"/>).</summary>
internal sealed record WrkSlice(long Requests, long Errors, double Seconds, double P50, double P95, double P99, double HostCpuSeconds)
{
    /// <summary>Reads the JSON line bench/wrk-report.lua prints.</summary>
    public static WrkSlice Parse(string output, double hostCpuSeconds)
    {
        var line = output.Split('\n').Single(l => l.StartsWith("WRK ", StringComparison.Ordinal))[4..];
        var json = JsonDocument.Parse(line).RootElement;
        return new WrkSlice(json.GetProperty("requests").GetInt64(), json.GetProperty("errors").GetInt64(), json.GetProperty("seconds").GetDouble(),
            json.GetProperty("p50").GetDouble(), json.GetProperty("p95").GetDouble(), json.GetProperty("p99").GetDouble(), hostCpuSeconds);
    }

    /// <summary>One server's turns as one result: counts and CPU summed, each percentile the median of the turns'.</summary>
    public static LoadResult Combine(WrkTarget target, int connections, IReadOnlyList<WrkSlice> slices)
    {
        var seconds = slices.Sum(s => s.Seconds);
        return new LoadResult(target.Name, connections, seconds, slices.Sum(s => s.Requests - s.Errors), slices.Sum(s => s.Errors),
            Median(slices.Select(s => s.P50)), Median(slices.Select(s => s.P95)), Median(slices.Select(s => s.P99)))
        {
            HostCpuPercent = 100 * slices.Sum(s => s.HostCpuSeconds) / Math.Max(0.001, seconds),
            HostPeakRssMiB = target.Server.PeakRssMiB,
        };
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
