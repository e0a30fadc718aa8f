using Eci.Modules.Inventory.Background;
using Eci.Modules.Inventory.Contracts;
using Eci.Modules.Inventory.Features.AdjustStock;
using Eci.Modules.Inventory.Features.AuditStock;
using Eci.Modules.Inventory.Features.GetStock;
using Eci.Modules.Inventory.Features.ReceiveStock;
using Eci.Shared.Errors;
using Eci.Testing;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Eci.Modules.Inventory.Tests;

/// <summary>
/// Random sequences of every stock operation (seeded, so a failure can be replayed): after each step nothing is
/// negative, and the figures re-derived from the ledger and the reservations equal the stored ones.
/// </summary>
public abstract class StockInvariantTests(HostFixture host)
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Random_operations_keep_stock_non_negative_and_explained_by_the_ledger(int seed)
    {
        var random = new Random(seed);
        var (product, first, second) = await host.StockedProductAsync(5, 5);
        string[] warehouses = [first, second];
        var reservations = new List<Guid>();

        for (var step = 0; step < 80; step++)
        {
            var operation = random.Next(8);
            try
            {
                await (operation switch
                {
                    0 => Send(new ReceiveStock(product, Pick(warehouses, random), random.Next(1, 8), null, "restock")),
                    1 => Send(new AdjustStock(product, Pick(warehouses, random), random.Next(1, 5) * (random.Next(2) == 0 ? -1 : 1), "count")),
                    2 or 3 => ReserveAsync(product, random.Next(1, 7), reservations),
                    4 => Send(new ReleaseReservation(Pick(reservations, random), "changed mind")),
                    5 => Send(new CommitReservation(Pick(reservations, random))),
                    6 => Send(new ShipReservation(Pick(reservations, random))),
                    _ => ExpireAsync(random),
                });
            }
            catch (Exception ex) when (ex is ProblemException or ValidationException or ArgumentOutOfRangeException)
            {
                // Refusals (no stock, illegal transition, nothing to pick yet) are part of the game.
            }

            var stock = await host.QueryAsync(new GetStock(product));
            Assert.True(stock.Warehouses.All(w => w.OnHand >= 0 && w.Reserved >= 0 && w.Committed >= 0 && w.OnHand - w.Reserved - w.Committed >= 0),
                $"step {step} (operation {operation}) left {string.Join("; ", stock.Warehouses)}");
        }

        var audit = await host.QueryAsync(new AuditStock());
        Assert.DoesNotContain(audit.Drift, d => d.ProductId == product);
        var kinds = await host.WithInventoryDbAsync(db => db.Movements.Where(m => m.ProductId == product).Select(m => m.Type).Distinct().ToListAsync());
        Assert.Superset(new HashSet<string> { "received", "adjusted", "reserved", "committed", "shipped" }, kinds.ToHashSet());
        Assert.True(kinds.Contains("released") || kinds.Contains("expired"), string.Join(", ", kinds));
    }

    private async Task ReserveAsync(int product, int quantity, List<Guid> reservations) =>
        reservations.Add((await host.SendAsync(new ReserveStock([new StockLine(product, quantity)], ReservationMinutes: 15))).Id);

    private async Task ExpireAsync(Random random)
    {
        await host.AdvanceClockAsync(TimeSpan.FromMinutes(random.Next(1, 20)));
        await host.Factory.Services.GetRequiredService<ReservationSweeper>().SweepAsync(CancellationToken.None);
    }

    private Task<T> Send<T>(ICommand<T> command) => host.SendAsync(command);

    private static T Pick<T>(IReadOnlyList<T> items, Random random) =>
        items.Count == 0 ? throw new ArgumentOutOfRangeException(nameof(items), "nothing to pick yet") : items[random.Next(items.Count)];
}

public sealed class SqliteStockInvariantTests(SqliteHost host) : StockInvariantTests(host), IClassFixture<SqliteHost>;

public sealed class PostgresStockInvariantTests(PostgresHost host) : StockInvariantTests(host), IClassFixture<PostgresHost>;
