using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Eci.Testing;

/// <summary>One running host per test class, on one provider. Tests own their data, so they share the host.</summary>
public abstract class HostFixture : IAsyncLifetime
{
    private EciHostFactory? _factory;

    public EciHostFactory Factory => _factory ?? throw new InvalidOperationException("The host has not started.");

    public HttpClient Client { get; private set; } = null!;

    protected abstract TestDatabase? CreateDatabase();

    public async ValueTask InitializeAsync()
    {
        var database = CreateDatabase();
        if (database is null)
        {
            return;
        }

        _factory = new EciHostFactory(database);
        Client = _factory.CreateClient();
        await Task.CompletedTask;
    }

    /// <summary>Skips (reported as skipped, which CI treats as a failure) when the provider is not configured here.</summary>
    public void RequireProvider()
    {
        if (_factory is null)
        {
            Assert.Skip($"PostgreSQL tests need {TestDatabase.PostgresVariable} (a server connection string with CREATEDB).");
        }
    }

    /// <summary>Runs work in a fresh DI scope of the host, as a request would.</summary>
    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, ValueTask<T>> work)
    {
        RequireProvider();
        await using var scope = Factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    /// <summary>Sends a module's public command through the mediator, as another module would.</summary>
    public Task<T> SendAsync<T>(ICommand<T> command) => InScopeAsync(sp => sp.GetRequiredService<ISender>().Send(command));

    /// <summary>Sends a module's public query through the mediator, as another module would.</summary>
    public Task<T> QueryAsync<T>(IQuery<T> query) => InScopeAsync(sp => sp.GetRequiredService<ISender>().Send(query));

    public async ValueTask DisposeAsync()
    {
        Client?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }
}

public sealed class SqliteHost : HostFixture
{
    protected override TestDatabase CreateDatabase() => new SqliteTestDatabase();
}

public sealed class PostgresHost : HostFixture
{
    protected override TestDatabase? CreateDatabase() =>
        TestDatabase.PostgresServer is { } server ? new PostgresTestDatabase(server) : null;
}
