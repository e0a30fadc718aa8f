using System.Data.Common;
using System.Diagnostics.Metrics;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Eci.Shared.Persistence;

/// <summary>
/// Counts the SQL commands each module sends (<c>eci_db_commands_total{module}</c>): a batch is one command, one round
/// trip, and so is each savepoint EF sets, releases or rolls back to inside a transaction. Divided by orders placed it
/// gives the checkout's SQL per order, which docs/benchmarks.md tracks.
/// </summary>
public sealed class CommandCounter(string module) : DbCommandInterceptor, IDbTransactionInterceptor
{
    public const string MeterName = "Eci.Database";

    private static readonly Meter Meter = new(MeterName);
    private static readonly Counter<long> Commands = Meter.CreateCounter<long>("db_commands_total", description: "SQL commands sent, by module.");

    private readonly KeyValuePair<string, object?> _module = new("module", module.ToLowerInvariant());

    public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result)
    {
        Count();
        return result;
    }

    public override ValueTask<DbDataReader> ReaderExecutedAsync(
        DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        Count();
        return ValueTask.FromResult(result);
    }

    public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        Count();
        return result;
    }

    public override ValueTask<int> NonQueryExecutedAsync(
        DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Count();
        return ValueTask.FromResult(result);
    }

    public override object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result)
    {
        Count();
        return result;
    }

    public override ValueTask<object?> ScalarExecutedAsync(
        DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default)
    {
        Count();
        return ValueTask.FromResult(result);
    }

    public override void CommandFailed(DbCommand command, CommandErrorEventData eventData) => Count();

    public override Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Count();
        return Task.CompletedTask;
    }

    public void CreatedSavepoint(DbTransaction transaction, TransactionEventData eventData) => Count();

    public Task CreatedSavepointAsync(DbTransaction transaction, TransactionEventData eventData, CancellationToken cancellationToken = default) =>
        Counted();

    public void ReleasedSavepoint(DbTransaction transaction, TransactionEventData eventData) => Count();

    public Task ReleasedSavepointAsync(DbTransaction transaction, TransactionEventData eventData, CancellationToken cancellationToken = default) =>
        Counted();

    public void RolledBackToSavepoint(DbTransaction transaction, TransactionEventData eventData) => Count();

    public Task RolledBackToSavepointAsync(DbTransaction transaction, TransactionEventData eventData, CancellationToken cancellationToken = default) =>
        Counted();

    private Task Counted()
    {
        Count();
        return Task.CompletedTask;
    }

    private void Count() => Commands.Add(1, _module);
}
