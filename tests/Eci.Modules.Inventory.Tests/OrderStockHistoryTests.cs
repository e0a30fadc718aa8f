using Eci.Modules.Inventory.Contracts;
using Eci.Testing;
using Xunit;

namespace Eci.Modules.Inventory.Tests;

/// <summary>GetOrderStockHistory: an order's hold, its extensions and the ledger's later steps, as the timeline shows them.</summary>
public abstract class OrderStockHistoryTests(HostFixture host)
{
    [Fact]
    public async Task A_held_extended_and_committed_order_tells_the_warehouse_the_rule_and_each_step()
    {
        host.RequireProvider();
        var (product, first, _) = await host.StockedProductAsync(5, 5);
        var orderId = Guid.NewGuid();
        var hold = await host.SendAsync(new ReserveStock([new StockLine(product, 2)], orderId));
        await host.SendAsync(new ExtendReservation(hold.Id, 30));
        await host.SendAsync(new CommitReservation(hold.Id));

        var entries = await host.QueryAsync(new GetOrderStockHistory(orderId, IncludeInternal: false));

        Assert.Equal(["stock.held", "stock.hold_extended", "stock.committed"], entries.Select(e => e.Type));
        Assert.All(entries, e => Assert.Equal("inventory", e.Module));
        var line = Assert.Single(Lines(entries[0]));
        Assert.Equal((product, first, 2, "single_warehouse"), ((int)line["product_id"]!, (string)line["warehouse"]!, (int)line["quantity"]!, (string)line["allocation_rule"]!));
        Assert.Equal(1, entries[1].Data["extensions"]);
        var committed = Assert.Single(Lines(entries[2]));
        Assert.Equal((first, 2), ((string)committed["warehouse"]!, (int)committed["quantity"]!));
    }

    [Fact]
    public async Task An_order_without_a_hold_has_no_stock_history()
    {
        host.RequireProvider();
        Assert.Empty(await host.QueryAsync(new GetOrderStockHistory(Guid.NewGuid(), IncludeInternal: true)));
    }

    private static IReadOnlyList<Dictionary<string, object?>> Lines(Eci.Shared.Contracts.OrderHistoryEntry entry) =>
        Assert.IsAssignableFrom<IReadOnlyList<Dictionary<string, object?>>>(entry.Data["lines"]);
}

public sealed class SqliteOrderStockHistoryTests(SqliteHost host) : OrderStockHistoryTests(host), IClassFixture<SqliteHost>;

public sealed class PostgresOrderStockHistoryTests(PostgresHost host) : OrderStockHistoryTests(host), IClassFixture<PostgresHost>;
