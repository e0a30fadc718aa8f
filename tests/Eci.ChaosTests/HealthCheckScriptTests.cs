using System.Diagnostics;
using System.Net;
using System.Text;
using Eci.Testing;
using Xunit;

namespace Eci.ChaosTests;

/// <summary>
/// scripts/health-check.sh, run by bash as an operator runs it: against a real host process, against an address where
/// nothing answers, and against a server whose readiness report names one unhealthy module.
/// </summary>
public sealed class HealthCheckScriptTests
{
    private static readonly string[] Modules = ["catalog", "customers", "inventory", "orders", "payments", "shipping", "notifications"];

    [Fact(Timeout = 240_000)]
    public async Task Passes_against_a_real_host_and_checks_every_modules_database()
    {
        var server = TestDatabase.PostgresServer;
        Assert.SkipWhen(server is null, TestDatabase.SkipReason);
        var ct = TestContext.Current.CancellationToken;
        await using var database = new PostgresTestDatabase(server);
        await using var host = new HostProcess(KillDuringCheckoutTests.ChildSettings(database));
        Assert.True(await host.RunCommandAsync("migrate", TimeSpan.FromSeconds(90), ct) == 0, "migrate failed:" + Environment.NewLine + host.Tail);
        await host.StartAsync(ct);

        var (exitCode, output) = await RunAsync(ct, host.BaseAddress.ToString());

        Assert.True(exitCode == 0, output);
        Assert.All(Modules, module => Assert.Contains($"ok    {module}-db", output, StringComparison.Ordinal));
        Assert.Contains("ok    /health/ready (200)", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fails_when_nothing_answers()
    {
        var (exitCode, output) = await RunAsync(TestContext.Current.CancellationToken, $"http://127.0.0.1:{HostProcess.FreeLoopbackPort()}");

        Assert.True(exitCode == 1, output);
        Assert.Contains("FAIL  /health/live (000)", output, StringComparison.Ordinal);
        Assert.DoesNotContain("ok    ", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fails_and_names_the_module_whose_database_is_unhealthy()
    {
        var ct = TestContext.Current.CancellationToken;
        var port = HostProcess.FreeLoopbackPort();
        using var listener = new HttpListener { Prefixes = { $"http://127.0.0.1:{port}/" } };
        listener.Start();
        var serving = ServeReportsAsync(listener, ct);

        var (exitCode, output) = await RunAsync(ct, $"http://127.0.0.1:{port}/");
        listener.Stop();
        await serving;

        Assert.True(exitCode == 1, output);
        Assert.Contains("ok    /health/live (200)", output, StringComparison.Ordinal);
        Assert.Contains("FAIL  /health/ready (503)", output, StringComparison.Ordinal);
        Assert.Contains("FAIL  orders-db (unhealthy", output, StringComparison.Ordinal);
        Assert.All(Modules.Where(m => m != "orders"), module => Assert.Contains($"ok    {module}-db", output, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_a_url_prints_its_usage_and_exits_2()
    {
        var (exitCode, output) = await RunAsync(TestContext.Current.CancellationToken);

        Assert.True(exitCode == 2, output);
        Assert.Contains("usage:", output, StringComparison.Ordinal);
    }

    /// <summary>The host's report shapes: liveness healthy, readiness 503 with the orders database unhealthy.</summary>
    private static async Task ServeReportsAsync(HttpListener listener, CancellationToken ct)
    {
        var checks = string.Join(",", Modules.Select(m =>
            $"\"{m}-db\":{{\"status\":\"{(m == "orders" ? "unhealthy" : "healthy")}\",\"description\":null}}"));
        var ready = Encoding.UTF8.GetBytes($"{{\"status\":\"unhealthy\",\"duration_ms\":3.1,\"checks\":{{{checks}}}}}");
        var live = """{"status":"healthy","duration_ms":0,"checks":{}}"""u8.ToArray();
        while (!ct.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            var isLive = context.Request.Url?.AbsolutePath == "/health/live";
            context.Response.StatusCode = isLive ? 200 : 503;
            context.Response.ContentType = "application/json";
            await context.Response.OutputStream.WriteAsync(isLive ? live : ready, ct);
            context.Response.Close();
        }
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(CancellationToken ct, params string[] arguments)
    {
        var script = Path.Combine(HostProcess.SolutionDirectory() ?? throw new InvalidOperationException("Eci.sln was not found above the test output."), "scripts", "health-check.sh");
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(script);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["HEALTH_CHECK_TIMEOUT"] = "5";
        using var process = Process.Start(start) ?? throw new InvalidOperationException("bash could not be started.");
        var stdout = process.StandardOutput.ReadToEndAsync(ct);
        var stderr = process.StandardError.ReadToEndAsync(ct);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
        limit.CancelAfter(TimeSpan.FromSeconds(90));
        await process.WaitForExitAsync(limit.Token);
        return (process.ExitCode, await stdout + await stderr);
    }
}
