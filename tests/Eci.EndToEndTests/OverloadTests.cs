using System.Diagnostics;
using System.Net;
using Eci.Shared.Auth;
using Eci.Testing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Xunit;

namespace Eci.EndToEndTests;

/// <summary>Beyond the requests in flight and the queue the host allows, it sheds load at once with 503 and Retry-After.</summary>
public sealed class OverloadTests(OverloadHost host) : IClassFixture<OverloadHost>
{
    [Fact]
    public async Task A_burst_beyond_capacity_is_shed_with_503_while_probes_still_answer()
    {
        host.RequireProvider();

        var burst = await Task.WhenAll(Enumerable.Range(0, 64).Select(_ => Task.Run(() => host.Client.GetAsync("/v1/products?page_size=100"))));
        var live = await host.Client.GetAsync("/health/live");

        var shed = burst.Where(r => r.StatusCode == HttpStatusCode.ServiceUnavailable).ToList();
        Assert.NotEmpty(shed);
        Assert.All(burst, r => Assert.Contains(r.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.ServiceUnavailable }));
        Assert.Equal("overloaded", (await shed[0].JsonAsync()).GetProperty("code").GetString());
        Assert.Equal("application/problem+json", shed[0].Content.Headers.ContentType?.MediaType);
        Assert.True(shed[0].Headers.RetryAfter?.Delta > TimeSpan.Zero, "no Retry-After");
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.Client.GetAsync("/v1/products")).StatusCode);
    }
}

/// <summary>
/// A host that allows one read in flight and none waiting. The catalog's read cache is off: a page answered from
/// memory in well under a millisecond lets a burst pass one request at a time, and the burst must reach the database.
/// </summary>
public sealed class OverloadHost : HostFixture
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["RateLimits:Concurrency:Reads:PermitLimit"] = "1",
        ["RateLimits:Concurrency:Reads:QueueLimit"] = "0",
        ["Modules:Catalog:ReadCacheSeconds"] = "0",
    };

    protected override TestDatabase CreateDatabase() => new SqliteTestDatabase();
}

/// <summary>
/// Checkout saturated: one order is held inside its transaction (a test connection holds the orders database's write
/// lock), taking the only checkout permit. Another checkout waits no longer than the queue timeout; reads still pass.
/// </summary>
public sealed class CheckoutSaturationTests(CheckoutSaturationHost host) : IClassFixture<CheckoutSaturationHost>
{
    [Fact]
    public async Task A_checkout_that_cannot_start_within_the_queue_timeout_is_shed_with_503_and_retry_after()
    {
        var product = await host.ProductAsync(10m, 100);
        var shopper = await host.ShopperAsync();

        Task<HttpResponseMessage> held;
        HttpResponseMessage second;
        var waited = Stopwatch.StartNew();
        await using (await host.HoldOrdersWriteLockAsync())
        {
            held = shopper.PlaceAsync(Shop.Order(null, (product, 1)), Guid.NewGuid().ToString());
            await host.UntilCheckoutIsFullAsync();
            waited.Restart();
            second = await shopper.PlaceAsync(Shop.Order(null, (product, 1)), Guid.NewGuid().ToString());
            waited.Stop();
        }

        Assert.Equal(HttpStatusCode.ServiceUnavailable, second.StatusCode);
        Assert.Equal("application/problem+json", second.Content.Headers.ContentType?.MediaType);
        var problem = await second.JsonAsync();
        Assert.Equal("urn:eci:problem:overloaded", problem.GetProperty("type").GetString());
        Assert.Equal("overloaded", problem.GetProperty("code").GetString());
        Assert.Equal("checkout", problem.GetProperty("work_class").GetString());
        Assert.Equal(TimeSpan.FromSeconds(CheckoutSaturationHost.RetryAfterSeconds), second.Headers.RetryAfter?.Delta);
        // It waited for the queue timeout, then was answered: not for the held order's 30-second lock wait.
        Assert.InRange(waited.Elapsed, TimeSpan.FromMilliseconds(CheckoutSaturationHost.QueueTimeoutMs - 50), TimeSpan.FromSeconds(5));
        Assert.Equal(HttpStatusCode.Created, (await held).StatusCode);
    }

    [Fact]
    public async Task A_checkout_shed_under_load_is_not_signed_in_first()
    {
        var product = await host.ProductAsync(10m, 100);
        var shopper = await host.ShopperAsync();
        var latecomer = await host.ShopperAsync();
        var stamps = host.Factory.Services.GetRequiredService<SecurityStampCache>();
        stamps.Evict(latecomer.Id);

        Task<HttpResponseMessage> held;
        HttpResponseMessage shed;
        await using (await host.HoldOrdersWriteLockAsync())
        {
            held = shopper.PlaceAsync(Shop.Order(null, (product, 1)), Guid.NewGuid().ToString());
            await host.UntilCheckoutIsFullAsync();
            shed = await latecomer.PlaceAsync(Shop.Order(null, (product, 1)), Guid.NewGuid().ToString());
        }

        Assert.Equal(HttpStatusCode.ServiceUnavailable, shed.StatusCode);
        Assert.Equal("no-store", shed.Headers.CacheControl?.ToString());
        // The limit answered before the token was checked: the latecomer's security stamp was never read.
        Assert.False(stamps.TryGet(latecomer.Id, out _), "the shed request was signed in first");
        Assert.Equal(HttpStatusCode.Created, (await held).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await latecomer.Client.GetAsync("/v1/users/me")).StatusCode);
        Assert.True(stamps.TryGet(latecomer.Id, out _));
    }

    [Fact]
    public async Task Reads_and_cheap_calls_get_through_while_checkout_is_saturated()
    {
        var product = await host.ProductAsync(10m, 100);
        var shopper = await host.ShopperAsync();
        await shopper.PlacedAsync(Shop.Order(null, (product, 1)));

        Task<HttpResponseMessage> held;
        var answers = new List<(HttpResponseMessage Response, TimeSpan Took)>();
        await using (await host.HoldOrdersWriteLockAsync())
        {
            held = shopper.PlaceAsync(Shop.Order(null, (product, 1)), Guid.NewGuid().ToString());
            await host.UntilCheckoutIsFullAsync();
            foreach (var path in new[] { "/v1/orders", $"/v1/products/{product}", "/v1/users/me", "/health/ready" })
            {
                var clock = Stopwatch.StartNew();
                answers.Add((await shopper.Client.GetAsync(path), clock.Elapsed));
            }

            Assert.False(held.IsCompleted, "the held order finished while its lock was held");
        }

        Assert.All(answers, a =>
        {
            Assert.Equal(HttpStatusCode.OK, a.Response.StatusCode);
            Assert.True(a.Took < TimeSpan.FromSeconds(2), $"{a.Response.RequestMessage?.RequestUri} took {a.Took}");
        });
        Assert.Equal(1, (await answers[0].Response.JsonAsync()).GetProperty("items").GetArrayLength());
        Assert.Equal(HttpStatusCode.Created, (await held).StatusCode);
    }
}

/// <summary>A host with one checkout permit, a short queue timeout and its own Retry-After.</summary>
public sealed class CheckoutSaturationHost : HostFixture
{
    public const int QueueTimeoutMs = 300;
    public const int RetryAfterSeconds = 3;

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["RateLimits:Concurrency:Checkout:PermitLimit"] = "1",
        ["RateLimits:Concurrency:Checkout:QueueLimit"] = "8",
        ["RateLimits:Concurrency:QueueTimeoutMilliseconds"] = QueueTimeoutMs.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["RateLimits:Concurrency:RetryAfterSeconds"] = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    protected override TestDatabase CreateDatabase() => new SqliteTestDatabase();

    /// <summary>Takes the orders database's write lock until disposed; an order placed meanwhile waits inside the host.</summary>
    public async Task<IAsyncDisposable> HoldOrdersWriteLockAsync()
    {
        var file = Path.Combine(Factory.Database.Settings["Database:SqliteDirectory"]!, "orders.db");
        var connection = new SqliteConnection($"Data Source={file};Pooling=False");
        await connection.OpenAsync();
        await using (var begin = connection.CreateCommand())
        {
            begin.CommandText = "BEGIN IMMEDIATE";
            await begin.ExecuteNonQueryAsync();
        }

        return connection;
    }

    /// <summary>Waits until the checkout class has no permit left, read from the host's own limiter.</summary>
    public async Task UntilCheckoutIsFullAsync()
    {
        var limiter = Factory.Services.GetRequiredService<IOptions<RateLimiterOptions>>().Value.GlobalLimiter!;
        var checkout = new DefaultHttpContext();
        checkout.Request.Method = HttpMethods.Post;
        checkout.Request.Path = "/v1/orders";
        var available = await Poll.UntilAsync(
            () => Task.FromResult(limiter.GetStatistics(checkout)?.CurrentAvailablePermits), permits => permits == 0, TimeSpan.FromSeconds(10));
        Assert.Equal(0, available);
    }
}
