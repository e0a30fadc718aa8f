using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Eci.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Xunit;

namespace Eci.ChaosTests;

/// <summary>
/// Kill -9 in the middle of a webhook delivery: the real host is killed while its POST waits on the receiver, and once
/// started again it delivers the same event with the same <c>webhook-id</c> when the delivery's lease runs out
/// (ADR 0044). At least once: nothing a crash interrupts is lost.
/// </summary>
public sealed class WebhookKillTests
{
    [Fact(Timeout = 180_000)]
    public async Task A_delivery_cut_by_a_kill_is_sent_again_with_the_same_webhook_id()
    {
        var server = TestDatabase.PostgresServer;
        Assert.SkipWhen(server is null, TestDatabase.SkipReason);

        var ct = TestContext.Current.CancellationToken;
        await using var receiver = await FirstCallHangs.StartAsync();
        await using var database = new PostgresTestDatabase(server);
        var settings = KillDuringCheckoutTests.ChildSettings(database);
        settings["Webhooks__AllowPrivateNetworks"] = "true";
        settings["Webhooks__PollMilliseconds"] = "100";
        settings["Webhooks__TimeoutSeconds"] = "5";
        settings["Webhooks__LeaseSeconds"] = "6";
        settings["Webhooks__BackoffBaseMilliseconds"] = "100";
        await using var host = new HostProcess(settings);
        Assert.True(await host.RunCommandAsync("migrate", TimeSpan.FromSeconds(90), ct) == 0, "migrate failed:" + Environment.NewLine + host.Tail);
        await host.StartAsync(ct);

        using var handler = new SocketsHttpHandler();
        using var anonymous = Checkouts.Client(handler, host.BaseAddress, token: null);
        using var admin = Checkouts.Client(handler, host.BaseAddress,
            await KillDuringCheckoutTests.TokenAsync(anonymous, KillDuringCheckoutTests.AdminEmail, KillDuringCheckoutTests.AdminPassword, ct));
        var created = await admin.PostJsonAsync("/v1/webhooks", new { url = receiver.Url, events = new[] { "order.placed" }, description = "kill test" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var webhook = (await created.JsonAsync()).GetProperty("id").GetString()!;
        var stock = await KillDuringCheckoutTests.StockUpAsync(admin, ct);
        var shopper = await KillDuringCheckoutTests.ShopperAsync(handler, host.BaseAddress, anonymous, ct);
        var order = await Shop.Send(shopper.Client, Shop.Order("tok_success", (stock.Keys.First(), 1)), Guid.NewGuid().ToString());
        Assert.Equal(HttpStatusCode.Created, order.StatusCode);
        var orderId = (await order.JsonAsync()).GetProperty("id").GetString();

        var cut = await receiver.FirstArrived.WaitAsync(TimeSpan.FromSeconds(30), ct);
        await host.KillAsync();
        await host.StartAsync(ct);
        await Poll.UntilAsync(() => Task.FromResult(receiver.Received.Count), n => n >= 2, TimeSpan.FromSeconds(60));

        Assert.All(receiver.Received, r => Assert.Equal(cut.Id, r.Id));
        Assert.All(receiver.Received, r => Assert.Equal(cut.Body, r.Body));
        using (var body = JsonDocument.Parse(cut.Body))
        {
            Assert.Equal("order.placed", body.RootElement.GetProperty("type").GetString());
            Assert.Equal(orderId, body.RootElement.GetProperty("subject").GetString());
        }

        var delivery = await Poll.UntilAsync(
            async () => (await (await admin.GetAsync($"/v1/webhooks/{webhook}/deliveries", ct)).JsonAsync()).GetProperty("items").EnumerateArray().Single(),
            d => d.GetProperty("status").GetString() == "delivered",
            TimeSpan.FromSeconds(30));
        Assert.Equal(cut.Id, delivery.GetProperty("event_id").GetString());
    }

    /// <summary>A webhook endpoint on loopback whose first call never answers and whose later calls answer 204.</summary>
    private sealed class FirstCallHangs : IAsyncDisposable
    {
        private readonly WebApplication _app;
        private readonly TaskCompletionSource<Call> _first = new(TaskCreationOptions.RunContinuationsAsynchronously);

        private FirstCallHangs(WebApplication app) => _app = app;

        public ConcurrentQueue<Call> Received { get; } = new();

        public Task<Call> FirstArrived => _first.Task;

        public string Url => _app.Urls.First() + "/hook";

        public static async Task<FirstCallHangs> StartAsync()
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.Logging.ClearProviders();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            var receiver = new FirstCallHangs(builder.Build());
            receiver._app.MapPost("/hook", receiver.HandleAsync);
            await receiver._app.StartAsync();
            return receiver;
        }

        private async Task<IResult> HandleAsync(HttpRequest request, CancellationToken ct)
        {
            using var reader = new StreamReader(request.Body);
            var call = new Call(request.Headers["webhook-id"].ToString(), await reader.ReadToEndAsync(ct));
            Received.Enqueue(call);
            if (_first.TrySetResult(call))
            {
                await Task.Delay(Timeout.Infinite, ct);
            }

            return Results.NoContent();
        }

        public async ValueTask DisposeAsync()
        {
            using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(1));
            await _app.StopAsync(stop.Token);
            await _app.DisposeAsync();
        }
    }

    private sealed record Call(string Id, string Body);
}
