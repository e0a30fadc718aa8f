using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;

namespace Eci.ChaosTests;

/// <summary>
/// The real host, built by this solution, run as a child process (<c>dotnet Eci.Host.dll</c>) with its settings in
/// environment variables, as a deployment runs it. It can be killed with SIGKILL and started again on the same port;
/// <see cref="WhenUp"/> completes while it answers <c>/health/ready</c>.
/// </summary>
internal sealed class HostProcess : IAsyncDisposable
{
    private const int TailLines = 60;
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(60);

    private readonly IReadOnlyDictionary<string, string> _environment;
    private readonly ConcurrentQueue<string> _tail = new();
    private readonly HttpClient _probe;
    private Process? _process;
    private TaskCompletionSource _up = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TimeSpan _startTime;

    public HostProcess(IReadOnlyDictionary<string, string> environment)
    {
        Port = FreeLoopbackPort();
        BaseAddress = new Uri($"http://127.0.0.1:{Port}");
        var all = new Dictionary<string, string>(environment)
        {
            ["ASPNETCORE_URLS"] = BaseAddress.ToString().TrimEnd('/'),
        };
        // Off in production for speed (ADR 0051); on here, as in the in-process test host, so a context used by two
        // operations at once fails a chaos test too.
        all.TryAdd("Database__ThreadSafetyChecks", "true");
        _environment = all;
        _probe = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(2) };
    }

    public int Port { get; }

    public Uri BaseAddress { get; }

    /// <summary>How many times the server was started.</summary>
    public int Starts { get; private set; }

    /// <summary>The slowest start, from launch to a ready answer.</summary>
    public TimeSpan SlowestStart { get; private set; }

    public TimeSpan AverageStart => Starts == 0 ? TimeSpan.Zero : _startTime / Starts;

    /// <summary>Completes while the server is up; a new, pending task after a kill.</summary>
    public Task WhenUp => Volatile.Read(ref _up).Task;

    /// <summary>The last lines the child wrote, for a failure message.</summary>
    public string Tail => string.Join(Environment.NewLine, _tail);

    /// <summary>The files the running server has mapped (its assemblies among them), from <c>/proc/&lt;pid&gt;/maps</c>.</summary>
    public async Task<IReadOnlySet<string>> MappedFilesAsync(CancellationToken cancellationToken)
    {
        var process = _process ?? throw new InvalidOperationException("The server is not running.");
        var lines = await File.ReadAllLinesAsync($"/proc/{process.Id}/maps", cancellationToken);
        return lines.Select(line => line.Split(' ', 6, StringSplitOptions.RemoveEmptyEntries))
            .Where(fields => fields.Length == 6 && fields[5].StartsWith('/'))
            .Select(fields => Path.GetFileName(fields[5]))
            .ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Runs a host command (<c>migrate</c>, <c>seed</c>; <c>null</c>: the server) to its end and returns its exit code.</summary>
    public async Task<int> RunCommandAsync(string? command, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var process = Launch(command);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"'{command ?? "serve"}' did not finish within {timeout}.{Environment.NewLine}{Tail}");
        }

        return process.ExitCode;
    }

    /// <summary>Starts the server and waits until it answers <c>/health/ready</c>.</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (_process is not null)
        {
            throw new InvalidOperationException("The server is already running.");
        }

        var started = Stopwatch.StartNew();
        _process = Launch(command: null);
        Starts++;
        var deadline = DateTime.UtcNow + ReadyTimeout;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The host exited with code {_process.ExitCode} while starting.{Environment.NewLine}{Tail}");
            }

            if (await IsReadyAsync(cancellationToken))
            {
                break;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The host was not ready within {ReadyTimeout}.{Environment.NewLine}{Tail}");
            }

            await Task.Delay(50, cancellationToken);
        }

        _startTime += started.Elapsed;
        if (started.Elapsed > SlowestStart)
        {
            SlowestStart = started.Elapsed;
        }

        Volatile.Read(ref _up).TrySetResult();
    }

    /// <summary>Kills the server with SIGKILL, as the kernel's OOM killer or a node failure would, and waits for it to be gone.</summary>
    public async Task KillAsync()
    {
        var process = _process ?? throw new InvalidOperationException("The server is not running.");
        Volatile.Write(ref _up, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        // The host runs in the dotnet process itself, with no children: SIGKILL goes out at once, without first walking
        // every process on the machine for descendants, so it lands while the request a test aimed at is on the wire.
        process.Kill();
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        await process.WaitForExitAsync(limit.Token);
        process.Dispose();
        _process = null;
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is not null)
        {
            await KillAsync();
        }

        _probe.Dispose();
    }

    private async Task<bool> IsReadyAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var response = await _probe.GetAsync(new Uri("/health/ready", UriKind.Relative), cancellationToken);
            return response.StatusCode == HttpStatusCode.OK;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    private Process Launch(string? command)
    {
        var directory = HostDirectory();
        var info = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } dotnet ? dotnet : "dotnet")
        {
            WorkingDirectory = directory,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.ArgumentList.Add(Path.Combine(directory, "Eci.Host.dll"));
        if (command is not null)
        {
            info.ArgumentList.Add(command);
        }

        foreach (var (name, value) in _environment)
        {
            info.Environment[name] = value;
        }

        var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, line) => Keep(line.Data);
        process.ErrorDataReceived += (_, line) => Keep(line.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        _tail.Enqueue(line);
        while (_tail.Count > TailLines && _tail.TryDequeue(out _))
        {
        }
    }

    /// <summary>The host's own build output, next to its appsettings: the solution builds it with this project.</summary>
    private static string HostDirectory()
    {
        var configuration = typeof(HostProcess).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var folder = SolutionDirectory();
        var directory = folder is null ? null : Path.Combine(folder, "src", "Host", "Eci.Host", "bin", configuration, "net10.0");
        return directory is not null && File.Exists(Path.Combine(directory, "Eci.Host.dll"))
            ? directory
            : throw new InvalidOperationException($"Eci.Host.dll was not found under the solution's src/Host/Eci.Host/bin/{configuration}; build the solution first.");
    }

    /// <summary>The folder holding Eci.sln, above the test's output folder; null when there is none.</summary>
    internal static string? SolutionDirectory()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Eci.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName;
    }

    internal static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
