using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Eci.Testing;

/// <summary>
/// Records every SQL command a host's modules send while recording is on: a batch is one command, and so is each savepoint
/// EF sets, releases or rolls back to inside a transaction (statements too, which no command interceptor sees).
/// </summary>
public sealed class SqlCommandLog : DbCommandInterceptor, IDbTransactionInterceptor
{
    private static readonly AsyncLocal<bool> InCallersFlow = new();
    private readonly ConcurrentQueue<(string Context, string Sql)> _commands = new();
    private volatile bool _recording;
    private volatile bool _callersFlowOnly;

    public IReadOnlyList<(string Context, string Sql)> Commands => [.. _commands];

    public void Start()
    {
        _commands.Clear();
        _callersFlowOnly = false;
        _recording = true;
    }

    /// <summary>
    /// Records only the commands the caller's own awaits send, not those of the host's background workers (a relay's
    /// first poll, a sweeper's first pass), whose timing after start-up no test controls.
    /// </summary>
    public void StartInCallersFlow()
    {
        // Set in a synchronous method, the value stays in the caller's execution context and flows into what it awaits.
        InCallersFlow.Value = true;
        _commands.Clear();
        _callersFlowOnly = true;
        _recording = true;
    }

    public void Stop() => _recording = false;

    /// <summary>The log as text, one command per line, for a failing assertion to show.</summary>
    public string Describe() => string.Join(
        Environment.NewLine, Commands.Select((c, i) => $"{i + 1,3} {c.Context}: {c.Sql.ReplaceLineEndings(" ")}"));

    public override ValueTask<DbDataReader> ReaderExecutedAsync(
        DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        Record(command, eventData);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<int> NonQueryExecutedAsync(
        DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Record(command, eventData);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<object?> ScalarExecutedAsync(
        DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default)
    {
        Record(command, eventData);
        return ValueTask.FromResult(result);
    }

    public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result)
    {
        Record(command, eventData);
        return result;
    }

    public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        Record(command, eventData);
        return result;
    }

    public override object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result)
    {
        Record(command, eventData);
        return result;
    }

    public Task CreatedSavepointAsync(DbTransaction transaction, TransactionEventData eventData, CancellationToken cancellationToken = default)
    {
        Record(eventData, "SAVEPOINT");
        return Task.CompletedTask;
    }

    public Task ReleasedSavepointAsync(DbTransaction transaction, TransactionEventData eventData, CancellationToken cancellationToken = default)
    {
        Record(eventData, "RELEASE SAVEPOINT");
        return Task.CompletedTask;
    }

    public Task RolledBackToSavepointAsync(DbTransaction transaction, TransactionEventData eventData, CancellationToken cancellationToken = default)
    {
        Record(eventData, "ROLLBACK TO SAVEPOINT");
        return Task.CompletedTask;
    }

    public void CreatedSavepoint(DbTransaction transaction, TransactionEventData eventData) => Record(eventData, "SAVEPOINT");

    public void RolledBackToSavepoint(DbTransaction transaction, TransactionEventData eventData) => Record(eventData, "ROLLBACK TO SAVEPOINT");

    public void ReleasedSavepoint(DbTransaction transaction, TransactionEventData eventData) => Record(eventData, "RELEASE SAVEPOINT");

    private void Record(DbCommand command, CommandEventData eventData) => Record(eventData, command.CommandText);

    private void Record(DbContextEventData eventData, string sql)
    {
        if (_recording && (!_callersFlowOnly || InCallersFlow.Value))
        {
            _commands.Enqueue((eventData.Context?.GetType().Name.Replace("DbContext", string.Empty, StringComparison.Ordinal) ?? "?", sql));
        }
    }
}
