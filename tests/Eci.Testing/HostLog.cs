using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Eci.Testing;

/// <summary>
/// What a test host logged, as its own log settings let through: so that a host that stops as it starts can say why,
/// and a test can check what a category writes. Keeps the latest <see cref="Capacity"/> entries.
/// </summary>
public sealed class HostLog : ILoggerProvider
{
    private const int Capacity = 20_000;
    private readonly ConcurrentQueue<HostLogEntry> _entries = new();

    /// <summary>The error and critical entries, one per line, or a line saying there were none.</summary>
    public string DescribeErrors()
    {
        var errors = _entries.Where(e => e.Level >= LogLevel.Error).ToList();
        return errors.Count == 0
            ? "(none logged; a refusal of the settings or the schema goes to stderr only)"
            : string.Join(Environment.NewLine, errors);
    }

    /// <summary>The entries of a category and those below it (<c>Polly</c> takes in <c>Polly.Retry</c>).</summary>
    public IReadOnlyList<HostLogEntry> Of(string category) =>
        _entries.Where(e => e.Category == category || e.Category.StartsWith(category + ".", StringComparison.Ordinal)).ToList();

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, this);

    public void Dispose()
    {
    }

    private void Add(HostLogEntry entry)
    {
        _entries.Enqueue(entry);
        while (_entries.Count > Capacity && _entries.TryDequeue(out _))
        {
        }
    }

    private sealed class Logger(string category, HostLog log) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        // The host's filter rules have already decided what reaches this provider.
        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            log.Add(new HostLogEntry(logLevel, category, formatter(state, exception), exception));
    }
}

/// <summary>One entry of a <see cref="HostLog"/>.</summary>
public sealed record HostLogEntry(LogLevel Level, string Category, string Message, Exception? Exception)
{
    public override string ToString() => $"{Level} {Category}: {Message} {Exception}";
}
