using System.Net.Http.Json;
using Eci.Shared.Outbox;
using Eci.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Eci.AdminTests;

/// <summary>What the stock page tells of holds and the overview of parked outbox events.</summary>
public sealed class StockAndOutboxTests(ConsoleHost host) : IClassFixture<ConsoleHost>
{
    [Fact]
    public async Task The_stock_page_lists_a_products_active_holds_with_their_expiry()
    {
        var product = await host.ProductAsync(9m, stock: 5);
        var order = Guid.NewGuid().ToString();
        var request = new HttpRequestMessage(HttpMethod.Post, "/v1/inventory/reserve")
        {
            Content = JsonContent.Create(new { product_id = product, quantity = 2, order_id = order }),
            Headers = { { "Idempotency-Key", order } },
        };
        var held = await (await host.AdminClient.SendAsync(request)).JsonAsync();
        var reservation = held.GetProperty("id").GetString();
        var expires = held.GetProperty("expires_at").GetDateTime().ToUniversalTime();
        var holds = await host.QueryAsync(new Eci.Modules.Inventory.Contracts.GetActiveHolds(product));
        Assert.Equal(reservation, Assert.Single(holds).ReservationId.ToString());
        using var browser = ConsoleBrowser.Open(host);
        browser.SignIn(EciHostFactory.AdminEmail, EciHostFactory.AdminPassword);
        browser.WaitForPath("/admin");

        browser.Go($"/admin/inventory/{product}");

        var row = $"#active-holds tr[data-hold='{reservation}']";
        Assert.Equal("2", browser.Text($"{row} td.num"));
        Assert.Equal(Eci.Admin.Display.Time(expires), browser.Text($"{row} .hold-expiry"));
        browser.Go($"/admin/inventory/{await host.ProductAsync(9m, stock: 5)}");
        Assert.False(browser.Has($"#active-holds tr[data-hold]"));
    }

    [Fact]
    public async Task The_overview_counts_the_parked_outbox_events_per_module()
    {
        using var browser = ConsoleBrowser.Open(host);
        browser.SignIn(EciHostFactory.AdminEmail, EciHostFactory.AdminPassword);
        browser.WaitForPath("/admin");
        var before = int.Parse(browser.Text("#card-parked-events .figure"), System.Globalization.CultureInfo.InvariantCulture);

        await ParkAsync("Eci.Modules.Shipping.Persistence.ShippingDbContext, Eci.Modules.Shipping");
        await ParkAsync("Eci.Modules.Shipping.Persistence.ShippingDbContext, Eci.Modules.Shipping");
        browser.Go("/admin");

        Assert.Equal((before + 2).ToString(System.Globalization.CultureInfo.InvariantCulture), browser.Text("#card-parked-events .figure"));
        Assert.True(int.Parse(browser.Text("[data-parked-module='Shipping']"), System.Globalization.CultureInfo.InvariantCulture) >= 2);
    }

    // The test stands for an event whose subscriber kept failing: it writes the parked row the dispatcher would leave.
    private Task ParkAsync(string context) =>
        host.InScopeAsync(async sp =>
        {
            var db = (DbContext)sp.GetRequiredService(Type.GetType(context, throwOnError: true)!);
            var now = DateTime.UtcNow;
            db.Set<OutboxMessage>().Add(new OutboxMessage
            {
                Id = Guid.NewGuid(),
                Type = "Test.Parked, Test",
                Payload = "{}",
                OccurredAt = now,
                NextAttemptAt = now,
                Attempts = 10,
                FailedAt = now,
                LastError = "the subscriber kept failing",
            });
            return await db.SaveChangesAsync();
        });
}
