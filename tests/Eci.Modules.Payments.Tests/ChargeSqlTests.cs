using Eci.Modules.Payments.Contracts;
using Eci.Shared.Contracts;
using Eci.Testing;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Eci.Modules.Payments.Tests;

/// <summary>
/// What a charge costs in SQL: nothing before the processor answers, then one batch carrying the idempotency key, the
/// payment with its outcome and its event (three commands on SQLite, which does not batch). A count, not a timing.
/// </summary>
public abstract class ChargeSqlTests(ChargeSqlTests.CountingHost host)
{
    [Fact]
    public async Task A_charge_is_one_batch_of_its_key_its_payment_and_its_event()
    {
        host.RequireProvider();
        var charge = new ChargeOrder(Guid.NewGuid(), 1, Money.FromDecimal(40m, "INR"), "card");

        host.Log.StartInCallersFlow();
        var payment = await host.SendAsync(charge);
        host.Log.Stop();

        Assert.Equal(PaymentStatuses.Succeeded, payment.Status);
        var commands = host.Log.Commands.Where(c => c.Context == "Payments").Select(c => c.Sql).ToList();
        Assert.All(commands, sql => Assert.StartsWith("INSERT", sql, StringComparison.Ordinal));
        Assert.All(commands, sql => Assert.DoesNotContain("UPDATE", sql, StringComparison.Ordinal));
        var all = string.Join(";", commands);
        Assert.Contains("idempotency_keys", all, StringComparison.Ordinal);
        Assert.Matches("""INSERT INTO (payments\.)?"?payments"? \(""", all);
        Assert.Contains("outbox_messages", all, StringComparison.Ordinal);
        if (host.Batches)
        {
            Assert.Single(commands);
        }
    }

    /// <summary>A host whose outbox relay waits an hour between polls, so only the charge's own commands are logged.</summary>
    public abstract class CountingHost : HostFixture
    {
        public SqlCommandLog Log { get; } = new();

        /// <summary>Whether the provider sends a SaveChanges' statements as one command (SQLite's sends each alone).</summary>
        public abstract bool Batches { get; }

        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Outbox:PollMilliseconds"] = "3600000",
        };

        protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<IInterceptor>(Log);
    }

    public sealed class SqliteCountingHost : CountingHost
    {
        public override bool Batches => false;

        protected override TestDatabase CreateDatabase() => new SqliteTestDatabase();
    }

    public sealed class PostgresCountingHost : CountingHost
    {
        public override bool Batches => true;

        protected override TestDatabase? CreateDatabase() =>
            TestDatabase.PostgresServer is { } server ? new PostgresTestDatabase(server) : null;
    }
}

public sealed class SqliteChargeSqlTests(ChargeSqlTests.SqliteCountingHost host) : ChargeSqlTests(host), IClassFixture<ChargeSqlTests.SqliteCountingHost>;

public sealed class PostgresChargeSqlTests(ChargeSqlTests.PostgresCountingHost host) : ChargeSqlTests(host), IClassFixture<ChargeSqlTests.PostgresCountingHost>;
