namespace Eci.Bench;

/// <summary>What one load run measured: successes per second, latency percentiles (ms) and the answers that were not successes.</summary>
internal sealed record LoadResult(string Name, int Concurrency, double Seconds, long Succeeded, long Failed, double P50, double P95, double P99)
{
    public double PerSecond => Succeeded / Seconds;

    /// <summary>The host's CPU (percent of one core) and peak RSS (MiB) during the run, when a host was measured.</summary>
    public double? HostCpuPercent { get; init; }

    public double? HostPeakRssMiB { get; init; }

    /// <summary>Answers by status code, e.g. "201: 900, 409: 3".</summary>
    public string Statuses { get; init; } = string.Empty;
}

/// <summary>Latencies of one run, thread-safe to add to, read once at the end.</summary>
internal sealed class Latencies
{
    private readonly List<double> _ms = new(100_000);

    public void Add(TimeSpan elapsed)
    {
        lock (_ms)
        {
            _ms.Add(elapsed.TotalMilliseconds);
        }
    }

    public (double P50, double P95, double P99) Percentiles()
    {
        lock (_ms)
        {
            if (_ms.Count == 0)
            {
                return (double.NaN, double.NaN, double.NaN);
            }

            _ms.Sort();
            return (At(0.50), At(0.95), At(0.99));
        }

        double At(double p) => _ms[Math.Min(_ms.Count - 1, (int)Math.Ceiling(p * _ms.Count) - 1)];
    }
}
