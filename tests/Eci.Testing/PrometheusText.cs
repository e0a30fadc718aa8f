using System.Globalization;

namespace Eci.Testing;

/// <summary>Reads the Prometheus text format a <c>/metrics</c> scrape answers.</summary>
public static class PrometheusText
{
    /// <summary>Every sample line as series (name with labels) → value.</summary>
    public static IReadOnlyDictionary<string, double> Samples(string text) =>
        text.Split('\n')
            .Where(line => line.Length > 0 && line[0] != '#')
            .Select(line => (Series: line[..line.LastIndexOf(' ')], Value: line[(line.LastIndexOf(' ') + 1)..]))
            .Where(x => double.TryParse(x.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
            .GroupBy(x => x.Series)
            .ToDictionary(g => g.Key, g => double.Parse(g.Last().Value, NumberStyles.Float, CultureInfo.InvariantCulture));

    /// <summary>The metric name of a series, without its labels.</summary>
    public static string Name(string series) => series.Split('{')[0];
}
