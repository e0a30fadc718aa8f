using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Eci.Shared.Persistence;

/// <summary>
/// Sees each round trip a context makes to its database: a command run or failed (a batch is one), and each savepoint EF
/// sets, releases or rolls back to inside a transaction, which no command interceptor sees.
/// </summary>
public abstract class RoundTripInterceptor : DbCommandInterceptor, IDbTransactionInterceptor
{
    /// <summary>One round trip: its SQL, and whether the command failed.</summary>
    protected abstract void OnRoundTrip(DbContextEventData eventData, string sql, bool failed);

    public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result)
    {
        OnRoundTrip(eventData, command.CommandText, failed: false);
        return result;
    }

    public override ValueTask<DbDataReader> ReaderExecutedAsync(
        DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        OnRoundTrip(eventData, command.CommandText, failed: false);
        return ValueTask.FromResult(result);
    }

    public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        OnRoundTrip(eventData, command.CommandText, failed: false);
        return result;
    }

    public override ValueTask<int> NonQueryExecutedAsync(
        DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        OnRoundTrip(eventData, command.CommandText, failed: false);
        return ValueTask.FromResult(result);
    }

    public override object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result)
    {
        OnRoundTrip(eventData, command.CommandText, failed: false);
        return result;
    }

    public override ValueTask<object?> ScalarExecutedAsync(
        DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default)
    {
        OnRoundTrip(eventData, command.CommandText, failed: false);
        return ValueTask.FromResult(result);
    }

    public override void CommandFailed(DbCommand command, CommandErrorEventData eventData) =>
        OnRoundTrip(eventData, command.CommandText, failed: true);

    public override Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default) =>
        Completed(eventData, command.CommandText, failed: true);

    public void CreatedSavepoint(DbTransaction transaction, TransactionEventData eventData) => OnRoundTrip(eventData, "SAVEPOINT", failed: false);

    public Task CreatedSavepointAsync(DbTransaction transaction, TransactionEventData eventData, CancellationToken cancellationToken = default) =>
        Completed(eventData, "SAVEPOINT", failed: false);

    public void ReleasedSavepoint(DbTransaction transaction, TransactionEventData eventData) => OnRoundTrip(eventData, "RELEASE SAVEPOINT", failed: false);

    public Task ReleasedSavepointAsync(DbTransaction transaction, TransactionEventData eventData, CancellationToken cancellationToken = default) =>
        Completed(eventData, "RELEASE SAVEPOINT", failed: false);

    public void RolledBackToSavepoint(DbTransaction transaction, TransactionEventData eventData) =>
        OnRoundTrip(eventData, "ROLLBACK TO SAVEPOINT", failed: false);

    public Task RolledBackToSavepointAsync(DbTransaction transaction, TransactionEventData eventData, CancellationToken cancellationToken = default) =>
        Completed(eventData, "ROLLBACK TO SAVEPOINT", failed: false);

    private Task Completed(DbContextEventData eventData, string sql, bool failed)
    {
        OnRoundTrip(eventData, sql, failed);
        return Task.CompletedTask;
    }
}
