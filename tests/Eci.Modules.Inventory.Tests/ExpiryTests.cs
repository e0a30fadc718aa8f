using System.Net;
using Eci.Modules.Inventory.Background;
using Eci.Modules.Inventory.Contracts;
using Eci.Modules.Inventory.Domain;
using Eci.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Eci.Modules.Inventory.Tests;

/// <summary>Holds that run out of time, on a host whose clock the tests move forward (each class has its own host).</summary>
public abstract class ExpiryTests(HostFixture host)
{
    private ReservationSweeper Sweeper => host.Factory.Services.GetRequiredService<ReservationSweeper>();

    private async Task<Guid> HoldAsync(int product, int quantity) =>
        Guid.Parse((await (await host.ReserveAsync(product, quantity)).JsonAsync()).GetProperty("id").GetString()!);

    [Fact]
    public async Task An_expired_hold_is_free_at_once_and_the_sweeper_records_its_expiry()
    {
        var (product, _, _) = await host.StockedProductAsync(5, 0);
        var id = await HoldAsync(product, 5);

        await host.AdvanceClockAsync(TimeSpan.FromMinutes(16));

        var availability = await (await host.Client.GetAsync($"/v1/inventory/availability/{product}")).JsonAsync();
        Assert.Equal(5, availability.GetProperty("available").GetInt32());
        var swept = await Poll.UntilAsync(
            async () => (await (await host.AdminClient.GetAsync($"/v1/inventory/reservations/{id}")).JsonAsync()).GetProperty("status").GetString(),
            s => s == "expired");
        Assert.Equal("expired", swept);
        var expired = await host.WithInventoryDbAsync(db => db.Movements.Where(m => m.ReservationId == id && m.Type == MovementTypes.Expired).SumAsync(m => m.ReservedDelta));
        Assert.Equal(-5, expired);
        Assert.Equal(0, (await host.StockAsync(product)).GetProperty("reserved").GetInt32());
    }

    [Fact]
    public async Task A_paid_commitment_never_expires()
    {
        var (product, _, _) = await host.StockedProductAsync(5, 0);
        var id = await HoldAsync(product, 2);
        await host.SendAsync(new CommitReservation(id));

        await host.AdvanceClockAsync(TimeSpan.FromDays(2));
        await Sweeper.SweepAsync(CancellationToken.None);

        var reservation = await host.QueryAsync(new GetReservation(id));
        Assert.Equal("committed", reservation?.Status);
        Assert.Equal(2, (await host.StockAsync(product)).GetProperty("committed").GetInt32());
    }

    [Fact]
    public async Task A_hold_that_expired_can_still_be_committed_while_its_stock_is_free()
    {
        var (product, _, _) = await host.StockedProductAsync(3, 0);
        var id = await HoldAsync(product, 3);
        await host.AdvanceClockAsync(TimeSpan.FromMinutes(16));
        await Sweeper.SweepAsync(CancellationToken.None);

        var committed = await host.SendAsync(new CommitReservation(id));

        Assert.Equal("committed", committed.Status);
        var stock = await host.StockAsync(product);
        Assert.Equal((0, 3), (stock.GetProperty("reserved").GetInt32(), stock.GetProperty("committed").GetInt32()));
    }

    [Fact]
    public async Task A_hold_that_expired_and_lost_its_stock_is_a_clear_409_on_commit()
    {
        var (product, _, _) = await host.StockedProductAsync(3, 0);
        var id = await HoldAsync(product, 3);
        await host.AdvanceClockAsync(TimeSpan.FromMinutes(16));
        Assert.Equal(HttpStatusCode.Created, (await host.ReserveAsync(product, 2)).StatusCode);

        var response = await host.AdminClient.PostJsonAsync("/v1/inventory/commit", new { reservation_id = id });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("reservation_expired", (await response.JsonAsync()).GetProperty("code").GetString());
        var stock = await host.StockAsync(product);
        Assert.Equal((2, 0, 1), (stock.GetProperty("reserved").GetInt32(), stock.GetProperty("committed").GetInt32(), stock.GetProperty("available").GetInt32()));
    }

    [Fact]
    public async Task Expiry_racing_commit_changes_the_stock_once()
    {
        var (product, _, _) = await host.StockedProductAsync(20, 0);
        var ids = new List<Guid>();
        for (var i = 0; i < 20; i++)
        {
            ids.Add(await HoldAsync(product, 1));
        }

        await host.AdvanceClockAsync(TimeSpan.FromMinutes(16));
        var sweeps = Enumerable.Range(0, 3).Select(_ => Sweeper.SweepAsync(CancellationToken.None));
        var commits = ids.Select(id => host.SendAsync(new CommitReservation(id)));
        await Task.WhenAll(sweeps.Cast<Task>().Concat(commits));

        var stock = await host.StockAsync(product);
        Assert.Equal((20, 0, 20, 0), (stock.GetProperty("on_hand").GetInt32(), stock.GetProperty("reserved").GetInt32(), stock.GetProperty("committed").GetInt32(), stock.GetProperty("available").GetInt32()));
        var movements = await host.WithInventoryDbAsync(db => db.Movements.Where(m => m.ProductId == product).ToListAsync());
        Assert.All(ids, id => Assert.Single(movements, m => m.ReservationId == id && m.Type == MovementTypes.Committed));
        Assert.All(ids, id => Assert.True(movements.Count(m => m.ReservationId == id && m.Type == MovementTypes.Expired) <= 1));
        Assert.DoesNotContain((await host.AuditAsync()).GetProperty("drift").EnumerateArray(), d => d.GetProperty("product_id").GetInt32() == product);
    }

    [Fact]
    public async Task A_hold_that_expires_lapsed_holds_first_keeps_its_idempotency_key()
    {
        var (product, _, _) = await host.StockedProductAsync(3, 0);
        await HoldAsync(product, 3);
        await host.AdvanceClockAsync(TimeSpan.FromMinutes(16));
        var key = Guid.NewGuid().ToString();

        var first = await host.ReserveAsync(product, 2, key: key);
        var again = await host.ReserveAsync(product, 2, key: key);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.True(again.IsSuccessStatusCode, again.StatusCode.ToString());
        Assert.Equal((await first.JsonAsync()).GetProperty("id").GetString(), (await again.JsonAsync()).GetProperty("id").GetString());
        var stock = await host.StockAsync(product);
        Assert.Equal((2, 1), (stock.GetProperty("reserved").GetInt32(), stock.GetProperty("available").GetInt32()));
    }

    [Fact]
    public async Task An_extended_hold_outlives_its_first_expiry()
    {
        var (product, _, _) = await host.StockedProductAsync(2, 0);
        var id = await HoldAsync(product, 2);
        await host.AdvanceClockAsync(TimeSpan.FromMinutes(10));

        var extended = await (await host.AdminClient.PostJsonAsync($"/v1/inventory/reservations/{id}/extend", new { minutes = 15 })).JsonAsync();
        await host.AdvanceClockAsync(TimeSpan.FromMinutes(10));
        await Sweeper.SweepAsync(CancellationToken.None);

        Assert.Equal("active", extended.GetProperty("status").GetString());
        Assert.Equal("active", (await host.QueryAsync(new GetReservation(id)))?.Status);
        Assert.Equal(0, (await host.StockAsync(product)).GetProperty("available").GetInt32());
    }
}

public sealed class SqliteExpiryTests(SqliteHost host) : ExpiryTests(host), IClassFixture<SqliteHost>;

public sealed class PostgresExpiryTests(PostgresHost host) : ExpiryTests(host), IClassFixture<PostgresHost>;
