using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Eci.Testing;

/// <summary>
/// The real host, in process, on the given test databases, with a signing key and admin of its own. The in-memory
/// server reports no client address unless <paramref name="clientAddress"/> gives one (say, a proxy's).
/// </summary>
public sealed class EciHostFactory(
    TestDatabase database,
    IReadOnlyDictionary<string, string?>? extraSettings = null,
    string environment = "Testing",
    IPAddress? clientAddress = null,
    Action<IServiceCollection>? services = null)
    : WebApplicationFactory<Program>
{
    public const string AdminEmail = "admin@eci.test";
    public const string AdminPassword = "admin-test-password-1";

    public string SigningKey { get; } = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(48));

    public TestDatabase Database { get; } = database;

    /// <summary>What the host logged: for a fixture whose host did not start to report, and for tests of what it logs.</summary>
    public HostLog Log { get; } = new();

    /// <summary>The host's clock; tests may move it forward.</summary>
    public ShiftedClock Clock { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        var settings = new Dictionary<string, string?>(Database.Settings)
        {
            ["Auth:SigningKey"] = SigningKey,
            ["Admin:Email"] = AdminEmail,
            ["Admin:Password"] = AdminPassword,
            ["RateLimits:Auth:PermitLimit"] = "100000",
            // Off in production for speed; on here, so a context used by two operations at once fails a test.
            ["Database:ThreadSafetyChecks"] = "true",
            // Tests of concurrency (200 holds at once, 50 identical charges) need every request to reach the database,
            // as the old single limiter of 64 let them; the tests of load shedding set their own limits.
            ["RateLimits:Concurrency:Reads:PermitLimit"] = "64",
            ["RateLimits:Concurrency:Writes:PermitLimit"] = "64",
            ["RateLimits:Concurrency:Checkout:PermitLimit"] = "64",
            ["RateLimits:Concurrency:Reads:QueueLimit"] = "1000",
            ["RateLimits:Concurrency:Writes:QueueLimit"] = "1000",
            ["RateLimits:Concurrency:Checkout:QueueLimit"] = "1000",
            ["RateLimits:Concurrency:QueueTimeoutMilliseconds"] = "60000",
            // Every host in a test process feeds every host's metrics (meters are matched by name), so each reads its
            // stock for the gauge once, at start (an empty database), and reports few rows, keeping the gauge far from
            // the exporter's cardinality limit. The metrics tests' own host sets its refresh back to seconds.
            ["Modules:Inventory:MetricsMaxSeries"] = "5",
            ["Modules:Inventory:MetricsRefreshSeconds"] = "3600",
        };
        foreach (var (key, value) in extraSettings ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        if (clientAddress is not null)
        {
            builder.ConfigureServices(s => s.AddSingleton<IStartupFilter>(new ClientAddressFilter(clientAddress)));
        }

        builder.ConfigureTestServices(replacements =>
        {
            replacements.AddSingleton<TimeProvider>(Clock);
            replacements.AddSingleton<Microsoft.Extensions.Logging.ILoggerProvider>(Log);
            services?.Invoke(replacements);
        });
    }

    /// <summary>Sets the connection's remote address before the host's own middleware runs, as a real server would.</summary>
    private sealed class ClientAddressFilter(IPAddress address) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = address;
                return nextMiddleware(context);
            });
            next(app);
        };
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Database.DisposeAsync();
    }
}
