using System.Diagnostics;
using System.Globalization;

namespace Eci.Bench;

/// <summary>A server the suite starts (ECI's host or a baseline), with its readiness time, memory and CPU read from /proc.</summary>
internal sealed class ChildProcess : IAsyncDisposable
{
    private static readonly double TicksPerSecond = 100; // USER_HZ on Linux
    private readonly Process _process;
    private (double Cpu, DateTime At) _mark;

    private ChildProcess(Process process, Uri url)
    {
        _process = process;
        Url = url;
        _mark = (CpuSeconds, DateTime.UtcNow);
    }

    public Uri Url { get; }

    public int Pid => _process.Id;

    /// <summary>Time from the process start to the first 200 from /health/ready.</summary>
    public TimeSpan StartToReady { get; private set; }

    public static async Task<ChildProcess> StartAsync(string dll, int port, IReadOnlyDictionary<string, string> environment, string logFile, string? arguments = null)
    {
        var url = new Uri($"http://127.0.0.1:{port}");
        var start = new ProcessStartInfo("dotnet", $"\"{dll}\" --urls {url} {arguments}")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(dll)!,
        };
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var clock = Stopwatch.StartNew();
        var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {dll}");
        var log = new StreamWriter(logFile, append: true) { AutoFlush = true };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (log) { log.WriteLine(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (log) { log.WriteLine(e.Data); } } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var child = new ChildProcess(process, url);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        while (clock.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"{Path.GetFileName(dll)} exited with {process.ExitCode}; see {logFile}");
            }

            try
            {
                using var ready = await http.GetAsync(new Uri(url, "/health/ready"));
                if (ready.IsSuccessStatusCode)
                {
                    child.StartToReady = clock.Elapsed;
                    child.MarkCpu();
                    return child;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(20);
        }

        await child.DisposeAsync();
        throw new TimeoutException($"{Path.GetFileName(dll)} was not ready within 60 s; see {logFile}");
    }

    /// <summary>Resident memory now, in MiB.</summary>
    public double RssMiB => StatusKiB("VmRSS:") / 1024.0;

    /// <summary>The most resident memory the process has had, in MiB.</summary>
    public double PeakRssMiB => StatusKiB("VmHWM:") / 1024.0;

    /// <summary>The CPU time the process has used so far, user and kernel, in seconds.</summary>
    public double CpuSeconds
    {
        get
        {
            // /proc/<pid>/stat: fields 14 and 15 (utime, stime) after the command name in parentheses.
            var stat = File.ReadAllText($"/proc/{_process.Id}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / TicksPerSecond;
        }
    }

    /// <summary>Starts a CPU measurement window.</summary>
    public void MarkCpu() => _mark = (CpuSeconds, DateTime.UtcNow);

    /// <summary>CPU used since <see cref="MarkCpu"/>, in percent of one core.</summary>
    public double CpuPercentSinceMark => 100 * (CpuSeconds - _mark.Cpu) / Math.Max(0.001, (DateTime.UtcNow - _mark.At).TotalSeconds);

    private long StatusKiB(string field)
    {
        var line = File.ReadLines($"/proc/{_process.Id}/status").First(l => l.StartsWith(field, StringComparison.Ordinal));
        return long.Parse(line[field.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }
}
