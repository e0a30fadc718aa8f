using System.Net;
using System.Net.Http.Json;
using Eci.Shared.Idempotency;
using Eci.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Eci.Modules.Inventory.Tests;

/// <summary>Stock and reservations over HTTP through the real host, on each provider.</summary>
public abstract class ReservationApiTests(HostFixture host)
{
    private static string Rule(System.Text.Json.JsonElement reservation) =>
        reservation.GetProperty("lines").EnumerateArray().Select(l => l.GetProperty("allocation_rule").GetString()).Distinct().Single()!;

    [Fact]
    public async Task A_request_one_warehouse_can_serve_comes_from_the_highest_priority_one()
    {
        var (product, first, _) = await host.StockedProductAsync(5, 50);

        var reservation = await (await host.ReserveAsync(product, 4)).JsonAsync();

        var line = Assert.Single(reservation.GetProperty("lines").EnumerateArray());
        Assert.Equal((first, 4, "single_warehouse"), (line.GetProperty("warehouse").GetString(), line.GetProperty("quantity").GetInt32(), line.GetProperty("allocation_rule").GetString()));
        Assert.Equal("active", reservation.GetProperty("status").GetString());
        Assert.True(reservation.GetProperty("expires_at").GetDateTime() > DateTime.UtcNow.AddMinutes(14));
    }

    [Fact]
    public async Task A_request_no_warehouse_can_serve_alone_is_split_by_priority()
    {
        var (product, first, second) = await host.StockedProductAsync(5, 4);

        var response = await host.ReserveAsync(product, 7);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var reservation = await response.JsonAsync();
        Assert.Equal("split", Rule(reservation));
        Assert.Equal([(first, 5), (second, 2)], reservation.GetProperty("lines").EnumerateArray()
            .Select(l => (l.GetProperty("warehouse").GetString(), l.GetProperty("quantity").GetInt32())).OrderBy(l => l.Item1 == first ? 0 : 1));
        var stock = await host.StockAsync(product);
        Assert.Equal((9, 7, 2), (stock.GetProperty("on_hand").GetInt32(), stock.GetProperty("reserved").GetInt32(), stock.GetProperty("available").GetInt32()));
    }

    [Fact]
    public async Task A_requested_warehouse_is_the_only_one_used()
    {
        var (product, _, second) = await host.StockedProductAsync(50, 3);

        var served = await (await host.ReserveAsync(product, 3, warehouse: second.ToLowerInvariant())).JsonAsync();
        var refused = await host.ReserveAsync(product, 1, warehouse: second);

        Assert.Equal("requested_warehouse", Rule(served));
        Assert.Equal(second, served.GetProperty("lines")[0].GetProperty("warehouse").GetString());
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
    }

    [Fact]
    public async Task Not_enough_stock_is_a_409_that_says_what_is_available_and_holds_nothing()
    {
        var (product, _, _) = await host.StockedProductAsync(2, 1);

        var response = await host.ReserveAsync(product, 4);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = await response.JsonAsync();
        Assert.Equal("insufficient_stock", problem.GetProperty("code").GetString());
        var shortage = Assert.Single(problem.GetProperty("shortages").EnumerateArray());
        Assert.Equal((4, 3), (shortage.GetProperty("requested").GetInt32(), shortage.GetProperty("available").GetInt32()));
        Assert.Equal(0, (await host.StockAsync(product)).GetProperty("reserved").GetInt32());
    }

    [Fact]
    public async Task The_preview_plans_without_holding()
    {
        var (product, _, _) = await host.StockedProductAsync(5, 4);

        var preview = await (await host.AdminClient.PostJsonAsync("/v1/inventory/allocation/preview", new { product_id = product, quantity = 7 })).JsonAsync();

        Assert.True(preview.GetProperty("complete").GetBoolean());
        Assert.Equal(2, preview.GetProperty("lines").GetArrayLength());
        Assert.Equal(0, (await host.StockAsync(product)).GetProperty("reserved").GetInt32());
    }

    [Fact]
    public async Task The_same_key_replays_the_same_reservation_and_holds_once()
    {
        var (product, _, _) = await host.StockedProductAsync(10, 0);
        var key = Guid.NewGuid().ToString();

        var first = await host.ReserveAsync(product, 3, key: key);
        var again = await host.ReserveAsync(product, 3, key: key);

        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        Assert.Equal((await first.JsonAsync()).GetProperty("id").GetString(), (await again.JsonAsync()).GetProperty("id").GetString());
        Assert.False(first.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal("true", again.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(3, (await host.StockAsync(product)).GetProperty("reserved").GetInt32());
    }

    [Fact]
    public async Task The_key_in_the_body_counts_like_the_header()
    {
        var (product, _, _) = await host.StockedProductAsync(10, 0);
        var key = Guid.NewGuid().ToString();

        var first = await host.AdminClient.PostJsonAsync("/v1/inventory/reserve", new { product_id = product, quantity = 2, idempotency_key = key });
        var again = await host.ReserveAsync(product, 2, key: key);

        Assert.Equal((await first.JsonAsync()).GetProperty("id").GetString(), (await again.JsonAsync()).GetProperty("id").GetString());
        Assert.Equal(2, (await host.StockAsync(product)).GetProperty("reserved").GetInt32());
    }

    [Fact]
    public async Task The_same_key_with_another_request_is_a_422()
    {
        var (product, _, _) = await host.StockedProductAsync(10, 0);
        var key = Guid.NewGuid().ToString();
        await host.ReserveAsync(product, 3, key: key);

        var response = await host.ReserveAsync(product, 4, key: key);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("idempotency_key_reused", (await response.JsonAsync()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_failure_is_replayed_too()
    {
        var (product, _, _) = await host.StockedProductAsync(1, 0);
        var key = Guid.NewGuid().ToString();
        var first = await host.ReserveAsync(product, 2, key: key);
        await host.ReceiveAsync(product, (await host.StockAsync(product)).GetProperty("warehouses")[0].GetProperty("warehouse").GetString()!, 10);

        var again = await host.ReserveAsync(product, 2, key: key);

        Assert.Equal(HttpStatusCode.Conflict, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("true", again.Headers.GetValues("Idempotent-Replayed").Single());
        var shortage = Assert.Single((await again.JsonAsync()).GetProperty("shortages").EnumerateArray());
        Assert.Equal(1, shortage.GetProperty("available").GetInt32());
    }

    [Fact]
    public async Task A_key_still_in_flight_is_a_409()
    {
        var (product, _, _) = await host.StockedProductAsync(10, 0);
        var key = Guid.NewGuid().ToString();
        var adminId = (await (await host.AdminClient.GetAsync("/v1/users/me")).JsonAsync()).GetProperty("id").GetInt32();
        var stored = $"reserve:user:{adminId}:{key}";
        await host.WithInventoryDbAsync(async db =>
        {
            db.Set<IdempotencyRecord>().Add(new IdempotencyRecord
            {
                Key = stored,
                RequestHash = "0",
                CreatedAt = DateTime.UtcNow,
                LockedUntil = DateTime.UtcNow.AddMinutes(5),
                ExpiresAt = DateTime.UtcNow.AddHours(24),
            });
            return await db.SaveChangesAsync();
        });

        var response = await host.ReserveAsync(product, 1, key: key);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        await host.WithInventoryDbAsync(db => db.Set<IdempotencyRecord>().Where(k => k.Key == stored)
            .ExecuteUpdateAsync(s => s.SetProperty(k => k.RequestHash, HashOfSameRequest(product))));
        var inFlight = await host.ReserveAsync(product, 1, key: key);
        Assert.Equal(HttpStatusCode.Conflict, inFlight.StatusCode);
        Assert.Equal("idempotency_key_in_flight", (await inFlight.JsonAsync()).GetProperty("code").GetString());
    }

    private static string HashOfSameRequest(int product)
    {
        var request = new Contracts.ReserveStock([new Contracts.StockLine(product, 1)]);
        var json = System.Text.Json.JsonSerializer.Serialize(request, Shared.Http.EciJson.Create());
        return Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(nameof(Contracts.ReserveStock) + "\n" + json)));
    }

    [Fact]
    public async Task Commit_then_ship_takes_the_stock_out_and_repeats_change_nothing()
    {
        var (product, _, _) = await host.StockedProductAsync(10, 0);
        var id = (await (await host.ReserveAsync(product, 4)).JsonAsync()).GetProperty("id").GetString();

        var committed = await (await host.AdminClient.PostJsonAsync("/v1/inventory/commit", new { reservation_id = id })).JsonAsync();
        await host.AdminClient.PostJsonAsync("/v1/inventory/commit", new { reservation_id = id });
        var afterCommit = await host.StockAsync(product);
        var shipped = await (await host.AdminClient.PostJsonAsync("/v1/inventory/ship", new { reservation_id = id })).JsonAsync();
        await host.AdminClient.PostJsonAsync("/v1/inventory/ship", new { reservation_id = id });
        var afterShip = await host.StockAsync(product);

        Assert.Equal("committed", committed.GetProperty("status").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, committed.GetProperty("expires_at").ValueKind);
        Assert.Equal((10, 0, 4, 6), Figures(afterCommit));
        Assert.Equal("fulfilled", shipped.GetProperty("status").GetString());
        Assert.Equal((6, 0, 0, 6), Figures(afterShip));
    }

    [Fact]
    public async Task Releasing_by_order_id_gives_the_stock_back_and_a_shipped_reservation_stays_shipped()
    {
        var (product, _, _) = await host.StockedProductAsync(10, 0);
        var order = "order-" + Guid.NewGuid().ToString("N")[..8];
        await host.AdminClient.PostJsonAsync("/v1/inventory/reserve", new { product_id = product, quantity = 3, order_id = order });
        await host.AdminClient.PostJsonAsync("/v1/inventory/commit", new { order_id = order });

        var released = await (await host.AdminClient.PostJsonAsync("/v1/inventory/release", new { order_id = order, reason = "payment refunded" })).JsonAsync();
        var ship = await host.AdminClient.PostJsonAsync("/v1/inventory/ship", new { order_id = order });

        Assert.Equal("released", released.GetProperty("status").GetString());
        Assert.Equal((10, 0, 0, 10), Figures(await host.StockAsync(product)));
        Assert.Equal(HttpStatusCode.Conflict, ship.StatusCode);
        Assert.Equal("illegal_transition", (await ship.JsonAsync()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task An_admin_order_reference_is_any_text_and_every_answer_shows_it_as_given()
    {
        var (product, _, _) = await host.StockedProductAsync(10, 0);
        var order = "order-" + Guid.NewGuid().ToString("N")[..8];
        HttpRequestMessage Reserve() => new(HttpMethod.Post, "/v1/inventory/reserve")
        {
            Content = JsonContent.Create(new { product_id = product, quantity = 2, order_id = order }),
            Headers = { { "Idempotency-Key", order } },
        };

        var first = await host.AdminClient.SendAsync(Reserve());
        var again = await host.AdminClient.SendAsync(Reserve());
        var id = (await first.JsonAsync()).GetProperty("id").GetString();
        var shown = await (await host.AdminClient.GetAsync($"/v1/inventory/reservations/{id}")).JsonAsync();
        var extended = await (await host.AdminClient.PostJsonAsync($"/v1/inventory/reservations/{id}/extend", new { minutes = 30 })).JsonAsync();
        var committed = await (await host.AdminClient.PostJsonAsync("/v1/inventory/commit", new { order_id = order })).JsonAsync();
        var shipped = await (await host.AdminClient.PostJsonAsync("/v1/inventory/ship", new { reservation_id = id })).JsonAsync();

        Assert.Equal(await first.Content.ReadAsStringAsync(), await again.Content.ReadAsStringAsync());
        Assert.Equal("true", again.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.All(new[] { await first.JsonAsync(), shown, extended, committed, shipped }, r => Assert.Equal(order, r.GetProperty("order_id").GetString()));
    }

    [Fact]
    public async Task An_adjustment_cannot_take_on_hand_below_what_is_held()
    {
        var (product, first, _) = await host.StockedProductAsync(5, 0);
        await host.ReserveAsync(product, 4);

        var tooMuch = await host.AdminClient.PostJsonAsync("/v1/inventory/adjust", new { product_id = product, warehouse = first, delta = -2, reason = "damaged" });
        var fine = await host.AdminClient.PostJsonAsync("/v1/inventory/adjust", new { product_id = product, warehouse = first, delta = -1, reason = "damaged" });

        Assert.Equal(HttpStatusCode.Conflict, tooMuch.StatusCode);
        Assert.Equal(HttpStatusCode.OK, fine.StatusCode);
        Assert.Equal((4, 4, 0, 0), Figures(await host.StockAsync(product)));
    }

    [Fact]
    public async Task Stock_for_an_unknown_product_or_warehouse_is_a_422()
    {
        var (product, first, _) = await host.StockedProductAsync(1, 0);

        var unknownProduct = await host.AdminClient.PostJsonAsync("/v1/inventory", new { product_id = 987_654_321, warehouse = first, quantity = 1 });
        var unknownWarehouse = await host.AdminClient.PostJsonAsync("/v1/inventory", new { product_id = product, warehouse = "NOWHERE", onhand = 1 });
        var badQuantity = await host.AdminClient.PostJsonAsync("/v1/inventory/reserve", new { product_id = product, quantity = 0 });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, unknownProduct.StatusCode);
        Assert.True((await unknownProduct.JsonAsync()).GetProperty("errors").TryGetProperty("product_id", out _));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unknownWarehouse.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, badQuantity.StatusCode);
    }

    [Fact]
    public async Task An_inactive_product_keeps_its_stock_but_cannot_be_reserved()
    {
        var (product, _, _) = await host.StockedProductAsync(5, 0);
        await host.AdminClient.DeleteAsync($"/v1/products/{product}");

        var response = await host.ReserveAsync(product, 1);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(5, (await host.StockAsync(product)).GetProperty("on_hand").GetInt32());
    }

    [Fact]
    public async Task A_receipt_retried_with_its_key_counts_once()
    {
        var (product, first, _) = await host.StockedProductAsync(1, 0);
        var key = Guid.NewGuid().ToString();
        async Task<HttpResponseMessage> Receive()
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/v1/inventory") { Content = JsonContent.Create(new { product_id = product, warehouse = first, quantity = 4 }) };
            request.Headers.Add("Idempotency-Key", key);
            return await host.AdminClient.SendAsync(request);
        }

        await Receive();
        var again = await Receive();

        Assert.Equal("true", again.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(5, (await host.StockAsync(product)).GetProperty("on_hand").GetInt32());
    }

    [Fact]
    public async Task A_product_threshold_of_its_own_decides_when_stock_is_low()
    {
        var (product, _, _) = await host.StockedProductAsync(30, 0);
        var set = await (await host.AdminClient.PutJsonAsync($"/v1/inventory/{product}/threshold", new { low_stock_threshold = 25 })).JsonAsync();

        await host.ReserveAsync(product, 6);

        Assert.Equal(25, set.GetProperty("low_stock_threshold").GetInt32());
        var message = await Poll.UntilAsync(
            () => host.WithInventoryDbAsync(db => db.Set<Shared.Outbox.OutboxMessage>().AsNoTracking()
                .Where(m => m.Type.StartsWith("Eci.Modules.Inventory.Contracts.LowStockDetected") && m.Payload.Contains($"\"product_id\":{product},"))
                .FirstOrDefaultAsync()),
            m => m is not null);
        Assert.Contains("\"threshold\":25", message!.Payload, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_audit_finds_a_figure_changed_behind_the_ledger()
    {
        var (product, _, _) = await host.StockedProductAsync(7, 0);
        Assert.DoesNotContain((await host.AuditAsync()).GetProperty("drift").EnumerateArray(), d => d.GetProperty("product_id").GetInt32() == product);

        await host.WithInventoryDbAsync(db => db.StockItems.Where(s => s.ProductId == product).ExecuteUpdateAsync(s => s.SetProperty(x => x.OnHand, 9)));

        var audit = await host.AuditAsync();
        Assert.False(audit.GetProperty("consistent").GetBoolean());
        var drift = Assert.Single(audit.GetProperty("drift").EnumerateArray(), d => d.GetProperty("product_id").GetInt32() == product);
        Assert.Equal(("on_hand", 9, 7), (drift.GetProperty("figure").GetString(), drift.GetProperty("stored").GetInt32(), drift.GetProperty("from_ledger").GetInt32()));
        await host.WithInventoryDbAsync(db => db.StockItems.Where(s => s.ProductId == product).ExecuteUpdateAsync(s => s.SetProperty(x => x.OnHand, 7)));
    }

    [Fact]
    public async Task Crossing_the_low_stock_threshold_publishes_an_event_through_the_outbox()
    {
        var (product, _, _) = await host.StockedProductAsync(12, 0);

        await host.ReserveAsync(product, 3);

        var message = await Poll.UntilAsync(
            () => host.WithInventoryDbAsync(db => db.Set<Shared.Outbox.OutboxMessage>().AsNoTracking()
                .Where(m => m.Type.StartsWith("Eci.Modules.Inventory.Contracts.LowStockDetected") && m.Payload.Contains($"\"product_id\":{product},"))
                .FirstOrDefaultAsync()),
            m => m?.ProcessedAt is not null);
        Assert.NotNull(message);
        Assert.NotNull(message.ProcessedAt);
        Assert.Contains("\"available\":9", message.Payload, StringComparison.Ordinal);
    }

    private static (int OnHand, int Reserved, int Committed, int Available) Figures(System.Text.Json.JsonElement stock) =>
        (stock.GetProperty("on_hand").GetInt32(), stock.GetProperty("reserved").GetInt32(), stock.GetProperty("committed").GetInt32(), stock.GetProperty("available").GetInt32());
}

public sealed class SqliteReservationApiTests(SqliteHost host) : ReservationApiTests(host), IClassFixture<SqliteHost>;

public sealed class PostgresReservationApiTests(PostgresHost host) : ReservationApiTests(host), IClassFixture<PostgresHost>;
