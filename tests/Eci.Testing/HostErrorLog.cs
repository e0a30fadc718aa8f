using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Eci.Testing;

/// <summary>A test host's error and critical log entries, kept so that a host that stops as it starts can say why.</summary>
public sealed class HostErrorLog : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _entries = new();

    /// <summary>The entries, one per line, or a line saying there were none.</summary>
    public string Describe() => _entries.IsEmpty
        ? "(none logged; a refusal of the settings or the schema goes to stderr only)"
        : string.Join(Environment.NewLine, _entries);

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _entries);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<string> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                entries.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {exception}");
            }
        }
    }
}
