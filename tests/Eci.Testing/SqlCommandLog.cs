using System.Collections.Concurrent;
using Eci.Shared.Persistence;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Eci.Testing;

/// <summary>
/// Records every SQL command a host's modules send while recording is on: a batch is one command, and so is each savepoint
/// EF sets, releases or rolls back to inside a transaction (statements too, which no command interceptor sees).
/// </summary>
public sealed class SqlCommandLog : RoundTripInterceptor
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

    // A failed command is left out: the log is of what the modules ran.
    protected override void OnRoundTrip(DbContextEventData eventData, string sql, bool failed)
    {
        if (!failed && _recording && (!_callersFlowOnly || InCallersFlow.Value))
        {
            _commands.Enqueue((eventData.Context?.GetType().Name.Replace("DbContext", string.Empty, StringComparison.Ordinal) ?? "?", sql));
        }
    }
}
