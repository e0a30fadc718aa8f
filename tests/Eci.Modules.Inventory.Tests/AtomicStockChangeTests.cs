using Eci.Modules.Inventory.Domain;
using Eci.Modules.Inventory.Persistence;
using Eci.Shared.Persistence;
using Eci.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Eci.Modules.Inventory.Tests;

/// <summary>The ledger's set-based change of several stock items is all or none, so a hold needs no savepoint to retry.</summary>
public abstract class AtomicStockChangeTests(HostFixture host)
{
    [Fact]
    public async Task Changes_to_several_items_where_one_would_oversell_change_none_of_them()
    {
        var (plenty, _, _) = await host.StockedProductAsync(5, 0);
        var (scarce, _, _) = await host.StockedProductAsync(1, 0);

        var (atomic, applied) = await host.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<InventoryDbContext>();
            var ledger = sp.GetRequiredService<StockLedger>();
            var items = await db.StockItems.AsNoTracking().Where(s => (s.ProductId == plenty || s.ProductId == scarce) && s.OnHand > 0).ToListAsync();
            var movements = items.Select(s => StockMovement.Of(s, MovementTypes.Reserved, new StockDelta(2, 0, 2, 0), ledger.Now, "test")).ToList();
            return await db.InTransactionAsync(async ct => (ledger.AppliesAtomically(movements), await ledger.TryApplyAllAsync(movements, ct) is not null), CancellationToken.None);
        });

        Assert.True(atomic);
        Assert.False(applied);
        Assert.Equal(0, (await host.StockAsync(plenty)).GetProperty("reserved").GetInt32());
        Assert.Equal(0, (await host.StockAsync(scarce)).GetProperty("reserved").GetInt32());
    }
}

public sealed class SqliteAtomicStockChangeTests(SqliteHost host) : AtomicStockChangeTests(host), IClassFixture<SqliteHost>;

public sealed class PostgresAtomicStockChangeTests(PostgresHost host) : AtomicStockChangeTests(host), IClassFixture<PostgresHost>;
