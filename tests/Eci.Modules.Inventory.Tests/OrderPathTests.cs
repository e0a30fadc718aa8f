using System.Net;
using Eci.Modules.Inventory.Contracts;
using Eci.Modules.Inventory.Domain;
using Eci.Modules.Inventory.Persistence;
using Eci.Testing;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Eci.Modules.Inventory.Tests;

/// <summary>
/// On the order path Orders has resolved the products from the Catalog before it reserves, so Inventory does not ask
/// again: a reservation through the contract succeeds for products the Catalog has never heard of, as long as there
/// is stock. An admin who names a product over HTTP is still checked.
/// </summary>
public abstract class OrderPathTests(HostFixture host)
{
    // Ids the Catalog never hands out in a test run; stock for them can only be written through the ledger.
    private static int UnknownProductId() => 2_000_000_000 - Random.Shared.Next(1_000_000);

    private Task FillAsync(int productId, string warehouse, int onHand) => host.InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<InventoryDbContext>();
        var ledger = sp.GetRequiredService<StockLedger>();
        var warehouseId = (await db.ByCodeAsync(warehouse, "warehouse", CancellationToken.None)).Id;
        var stockItemId = await ledger.EnsureStockItemAsync(productId, warehouseId, CancellationToken.None);
        Assert.True(await ledger.TryApplyAsync(stockItemId, productId, warehouseId, MovementTypes.Received,
            new StockDelta(onHand, onHand, 0, 0), CancellationToken.None, "test fill"));
        return await db.SaveChangesAsync();
    });

    [Fact]
    public async Task Reserving_for_an_order_does_not_ask_the_catalog()
    {
        host.RequireProvider();
        var warehouse = await host.NewWarehouseAsync(1);
        var (first, second) = (UnknownProductId(), UnknownProductId() - 1_000_001);
        await FillAsync(first, warehouse, 5);
        await FillAsync(second, warehouse, 3);
        var orderId = Guid.NewGuid();

        var reservation = await host.SendAsync(new ReserveStock([new StockLine(first, 2), new StockLine(second, 3)], orderId));
        var byAdmin = await host.ReserveAsync(first, 1);

        Assert.Equal(ReservationStatuses.Active, reservation.Status);
        Assert.Equal(orderId, reservation.OrderId);
        Assert.Equal(new[] { (second, 3), (first, 2) }, reservation.Lines.Select(l => (l.ProductId, l.Quantity)).Order());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, byAdmin.StatusCode);
    }

    [Fact]
    public async Task An_admins_reserve_is_validated_before_the_catalog_is_asked_and_names_the_fields_as_before()
    {
        var (product, _, _) = await host.StockedProductAsync(5, 0);

        var invalid = await host.AdminClient.PostJsonAsync("/v1/inventory/reserve", new { product_id = product, quantity = 0 });
        var unknown = await host.AdminClient.PostJsonAsync("/v1/inventory/reserve", new { product_id = UnknownProductId(), quantity = 0 });
        var unknownButValid = await host.AdminClient.PostJsonAsync("/v1/inventory/reserve", new { product_id = UnknownProductId(), quantity = 1 });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, invalid.StatusCode);
        Assert.Equal(new[] { "lines[0].quantity" }, (await invalid.JsonAsync()).GetProperty("errors").EnumerateObject().Select(e => e.Name));
        Assert.Equal(new[] { "lines[0].quantity" }, (await unknown.JsonAsync()).GetProperty("errors").EnumerateObject().Select(e => e.Name));
        Assert.Equal(new[] { "lines" }, (await unknownButValid.JsonAsync()).GetProperty("errors").EnumerateObject().Select(e => e.Name));
    }

    [Fact]
    public async Task Reserving_for_an_order_without_the_stock_is_insufficient_stock()
    {
        host.RequireProvider();
        var warehouse = await host.NewWarehouseAsync(1);
        var product = UnknownProductId();
        await FillAsync(product, warehouse, 1);

        var error = await Assert.ThrowsAsync<InsufficientStockException>(() =>
            host.SendAsync(new ReserveStock([new StockLine(product, 2)], Guid.NewGuid())));

        Assert.Equal(InventoryErrorCodes.InsufficientStock, error.Code);
    }

    [Fact]
    public async Task An_order_held_through_the_contract_is_found_over_http_by_its_id_as_text()
    {
        host.RequireProvider();
        var warehouse = await host.NewWarehouseAsync(1);
        var product = UnknownProductId();
        await FillAsync(product, warehouse, 2);
        var orderId = Guid.NewGuid();

        var reservation = await host.SendAsync(new ReserveStock([new StockLine(product, 2)], orderId));
        var committed = await (await host.AdminClient.PostJsonAsync("/v1/inventory/commit", new { order_id = orderId.ToString() })).JsonAsync();

        Assert.Equal(reservation.Id.ToString(), committed.GetProperty("id").GetString());
        Assert.Equal(orderId.ToString(), committed.GetProperty("order_id").GetString());
        Assert.Equal(orderId, (await host.QueryAsync(new GetReservation(reservation.Id)))!.OrderId);
    }
}

public sealed class SqliteOrderPathTests(SqliteHost host) : OrderPathTests(host), IClassFixture<SqliteHost>;

public sealed class PostgresOrderPathTests(PostgresHost host) : OrderPathTests(host), IClassFixture<PostgresHost>;
