using System.Globalization;

namespace Eci.Bench;

/// <summary>
/// Start-up to ready over several restarts of the same host: one start on a shared 2-core machine swings by half a
/// second, so the verdict is on the median and the report shows the range.
/// </summary>
internal sealed record ReadyTimes(IReadOnlyList<TimeSpan> Starts)
{
    public const int Restarts = 3;

    public static readonly ReadyTimes None = new([]);

    public bool Measured => Starts.Count > 0;

    /// <summary>Starts a host <paramref name="count"/> times, one after the other, each stopped once it is ready.</summary>
    public static async Task<List<TimeSpan>> MeasureAsync(int count, Func<Task<ChildProcess>> start)
    {
        var starts = new List<TimeSpan>(count);
        for (var i = 0; i < count; i++)
        {
            await using var host = await start();
            starts.Add(host.StartToReady);
        }

        return starts;
    }

    public double MedianSeconds => Starts.Select(s => s.TotalSeconds).Order().ElementAt(Starts.Count / 2);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{MedianSeconds:F2} s (median of {Starts.Count} restarts: {Starts.Min().TotalSeconds:F2}–{Starts.Max().TotalSeconds:F2} s)");
}
