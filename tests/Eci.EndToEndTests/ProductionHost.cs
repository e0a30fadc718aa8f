using System.Collections.Concurrent;
using Eci.Testing;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Eci.EndToEndTests;

/// <summary>
/// The host as production runs it, logging at debug level into <see cref="Logs"/>. A request that carries
/// <see cref="FaultHeader"/> meets a clock that throws, the stand-in for any bug that ends in an unhandled exception.
/// </summary>
public abstract class ProductionHost : HostFixture
{
    public const string FaultHeader = "X-Test-Fault";

    public const string FaultMessage = "clock fault 7f3a at internal detail";

    public CapturedLogs Logs { get; } = new();

    protected override string EnvironmentName => "Production";

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Logging:LogLevel:Default"] = "Debug",
        ["Logging:LogLevel:Microsoft.AspNetCore"] = "Debug",
        ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Information",
    };

    protected override void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton<ILoggerProvider>(Logs);
        services.AddHttpContextAccessor();
        services.AddSingleton<TimeProvider>(sp => new FaultyClock(sp.GetRequiredService<IHttpContextAccessor>()));
    }

    private sealed class FaultyClock(IHttpContextAccessor http) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => http.HttpContext?.Request.Headers.ContainsKey(FaultHeader) == true
            ? throw new InvalidOperationException(FaultMessage)
            : System.GetUtcNow();
    }
}

public sealed class SqliteProductionHost : ProductionHost
{
    protected override TestDatabase CreateDatabase() => new SqliteTestDatabase();
}

public sealed class PostgresProductionHost : ProductionHost
{
    protected override TestDatabase? CreateDatabase() =>
        TestDatabase.PostgresServer is { } server ? new PostgresTestDatabase(server) : null;
}

/// <summary>Every log entry the host writes: the message, its structured values, its scopes and its exception.</summary>
public sealed class CapturedLogs : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentQueue<string> _entries = new();
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    public IReadOnlyCollection<string> Entries => _entries;

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    private sealed class Logger(CapturedLogs logs, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => logs._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var entry = new System.Text.StringBuilder($"{logLevel} {category}: {formatter(state, exception)}");
            if (state is IEnumerable<KeyValuePair<string, object?>> values)
            {
                foreach (var (key, value) in values)
                {
                    entry.Append(" | ").Append(key).Append('=').Append(value);
                }
            }

            logs._scopes.ForEachScope((scope, builder) => builder.Append(" | scope ").Append(scope), entry);
            if (exception is not null)
            {
                entry.Append(" | ").Append(exception);
            }

            logs._entries.Enqueue(entry.ToString());
        }
    }
}
