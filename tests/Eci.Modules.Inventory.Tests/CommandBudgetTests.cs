using Eci.Modules.Inventory.Contracts;
using Eci.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Eci.Modules.Inventory.Tests;

/// <summary>
/// The SQL commands Inventory sends for each step of a 2-line order on PostgreSQL (a batch is one): one read, one
/// guarded statement and one write batch for the hold (its idempotency key included); one read and one statement for
/// each later move, plus, for a commit or a release, the insert of its feed event (stock.committed, stock.released) in
/// the same transaction (ADR 0043). A count, not a timing.
/// </summary>
public sealed class CommandBudgetTests(CommandBudgetTests.Host host) : IClassFixture<CommandBudgetTests.Host>
{
    [Fact]
    public async Task A_two_line_hold_and_its_commit_stay_within_their_budgets()
    {
        var (orderId, a, b) = await PreparedAsync();

        var (hold, holdCommands) = await CountAsync(() => host.SendAsync(new ReserveStock(
            [new StockLine(a, 2), new StockLine(b, 1)], orderId, IdempotencyKey: $"order:{orderId}:reserve")));
        var (extended, extendCommands) = await CountAsync(() => host.SendAsync(new ExtendReservation(hold.Id, 30)));
        var (committed, commitCommands) = await CountAsync(() => host.SendAsync(new CommitReservation(hold.Id)));

        Assert.True(holdCommands.Count <= 3, Describe("hold", holdCommands));
        Assert.True(extendCommands.Count <= 2, Describe("extend", extendCommands));
        Assert.True(commitCommands.Count <= 3, Describe("commit", commitCommands));
        Assert.Equal(2, hold.Lines.Count);
        Assert.Equal(hold.Lines, committed.Lines);
        Assert.Equal(hold.Lines, extended.Lines);
        Assert.Equal(ReservationStatuses.Committed, committed.Status);
        Assert.Equal((50, 0, 2), await FiguresAsync(a));
        Assert.Equal((50, 0, 1), await FiguresAsync(b));
    }

    [Fact]
    public async Task Releasing_a_hold_costs_one_read_one_statement_and_its_event()
    {
        var (orderId, a, b) = await PreparedAsync();
        var hold = await host.SendAsync(new ReserveStock([new StockLine(a, 2), new StockLine(b, 1)], orderId));

        var (released, commands) = await CountAsync(() => host.SendAsync(new ReleaseReservation(hold.Id, "cancelled")));

        Assert.True(commands.Count <= 3, Describe("release", commands));
        Assert.Contains(commands, c => c.Sql.Contains("outbox_messages", StringComparison.Ordinal));
        Assert.Equal(ReservationStatuses.Released, released.Status);
        Assert.Equal((50, 0, 0), await FiguresAsync(a));
        Assert.Equal((50, 0, 0), await FiguresAsync(b));
        var movements = await host.WithInventoryDbAsync(db => db.Movements.Where(m => m.ReservationId == hold.Id)
            .OrderBy(m => m.Id).Select(m => new { m.Type, m.ProductId, m.ReservedDelta, m.Reason }).ToListAsync());
        Assert.Equal(4, movements.Count);
        Assert.Equal(0, movements.Sum(m => m.ReservedDelta));
        Assert.All(movements.Where(m => m.Type == "released"), m => Assert.Equal("cancelled", m.Reason));
    }

    private async Task<(Guid OrderId, int A, int B)> PreparedAsync()
    {
        host.RequireProvider();
        var (a, _, _) = await host.StockedProductAsync(50, 0);
        var (b, _, _) = await host.StockedProductAsync(50, 0);
        return (Guid.NewGuid(), a, b);
    }

    private async Task<(T Result, IReadOnlyList<(string Context, string Sql)> Commands)> CountAsync<T>(Func<Task<T>> step)
    {
        host.Log.Start();
        var result = await step();
        host.Log.Stop();
        return (result, host.Log.Commands.Where(c => c.Context == "Inventory").ToList());
    }

    private async Task<(int OnHand, int Reserved, int Committed)> FiguresAsync(int productId) =>
        await host.WithInventoryDbAsync(async db => (
            await db.StockItems.Where(s => s.ProductId == productId).SumAsync(s => s.OnHand),
            await db.StockItems.Where(s => s.ProductId == productId).SumAsync(s => s.Reserved),
            await db.StockItems.Where(s => s.ProductId == productId).SumAsync(s => s.Committed)));

    private static string Describe(string step, IReadOnlyList<(string Context, string Sql)> commands) =>
        $"{commands.Count} commands for the {step}:{Environment.NewLine}" +
        string.Join(Environment.NewLine, commands.Select((c, i) => $"{i + 1,3} {c.Sql.ReplaceLineEndings(" ")}"));

    /// <summary>A PostgreSQL host that records its commands; Inventory's workers wait an hour so that only the steps count.</summary>
    public sealed class Host : HostFixture
    {
        public SqlCommandLog Log { get; } = new();

        protected override TestDatabase? CreateDatabase() =>
            TestDatabase.PostgresServer is { } server ? new PostgresTestDatabase(server) : null;

        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Modules:Inventory:SweepIntervalSeconds"] = "3600",
            ["Modules:Inventory:MetricsRefreshSeconds"] = "3600",
            ["Outbox:PollMilliseconds"] = "3600000",
        };

        protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<IInterceptor>(Log);
    }
}
