using System.Collections.Concurrent;

namespace Eci.Testing;

/// <summary>CSV files a test writes for an import, under the system's temporary folder; all are deleted when the run ends.</summary>
public static class TempCsv
{
    private static readonly ConcurrentBag<string> Written = [];

    static TempCsv() => AppDomain.CurrentDomain.ProcessExit += (_, _) =>
    {
        foreach (var path in Written)
        {
            File.Delete(path);
        }
    };

    public static string Write(string prefix, IEnumerable<string> lines)
    {
        var path = Path.Combine(Path.GetTempPath(), $"{prefix}-{Guid.NewGuid():N}.csv");
        Written.Add(path);
        File.WriteAllLines(path, lines);
        return path;
    }
}
