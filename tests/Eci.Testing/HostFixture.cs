using System.Net;
using System.Net.Http.Headers;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Eci.Testing;

/// <summary>One running host per test class, on one provider. Tests own their data, so they share the host.</summary>
public abstract class HostFixture : IAsyncLifetime
{
    private EciHostFactory? _factory;
    private HttpClient? _client;
    private HttpClient? _adminClient;

    /// <summary>The host; a test that reaches for it on a provider not configured here is skipped, before it does anything.</summary>
    public EciHostFactory Factory
    {
        get
        {
            RequireProvider();
            return _factory!;
        }
    }

    /// <summary>A client with no token.</summary>
    public HttpClient Client
    {
        get
        {
            RequireProvider();
            return _client!;
        }
    }

    /// <summary>A client signed in as the configured admin.</summary>
    public HttpClient AdminClient
    {
        get
        {
            RequireProvider();
            return _adminClient!;
        }
    }

    protected abstract TestDatabase? CreateDatabase();

    /// <summary>Settings this fixture's host needs beyond the defaults.</summary>
    protected virtual IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>();

    /// <summary>Services this fixture's host replaces (a fault to inject, say).</summary>
    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    /// <summary>Changes to the factory before the host starts (a real Kestrel port for a browser, say).</summary>
    protected virtual void ConfigureFactory(EciHostFactory factory)
    {
    }

    /// <summary>The host's environment name; a fixture may run the host as production does.</summary>
    protected virtual string EnvironmentName => "Testing";

    /// <summary>The address every request comes from, as the host sees it; none by default, like the in-memory server.</summary>
    protected virtual IPAddress? ClientAddress => null;

    public async ValueTask InitializeAsync()
    {
        var database = CreateDatabase();
        if (database is null)
        {
            return;
        }

        _factory = new EciHostFactory(database, Settings, EnvironmentName, ClientAddress, ConfigureServices);
        ConfigureFactory(_factory);
        try
        {
            _client = _factory.CreateClient();
        }
        catch (Exception ex)
        {
            throw new InvalidOperationException($"The host did not start. What it logged as errors:{Environment.NewLine}{_factory.Log.DescribeErrors()}", ex);
        }

        _adminClient = await SignedInClientAsync(EciHostFactory.AdminEmail, EciHostFactory.AdminPassword);
    }

    /// <summary>
    /// Skips (reported as skipped, which CI treats as a failure) when the provider is not configured here. The reason is
    /// short: `dotnet test` on the solution explains it once at the end (Directory.Solution.targets).
    /// </summary>
    public void RequireProvider() => Assert.SkipWhen(_factory is null, SkipReason);

    /// <summary>Why this fixture's tests skip when its provider is not configured.</summary>
    protected virtual string SkipReason => TestDatabase.SkipReason;

    /// <summary>
    /// Moves the host's clock forward and signs the admin in again, since the host judges tokens by that clock too.
    /// Customer clients made before keep their tokens, which may have expired by then.
    /// </summary>
    public async Task AdvanceClockAsync(TimeSpan by)
    {
        Factory.Clock.Advance(by);
        using var fresh = await SignedInClientAsync(EciHostFactory.AdminEmail, EciHostFactory.AdminPassword);
        AdminClient.DefaultRequestHeaders.Authorization = fresh.DefaultRequestHeaders.Authorization;
    }

    /// <summary>A client carrying the given bearer token.</summary>
    public HttpClient ClientWithToken(string token)
    {
        var client = Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Logs in over HTTP and returns a client that carries the token.</summary>
    public async Task<HttpClient> SignedInClientAsync(string email, string password)
    {
        var response = await Client.PostJsonAsync("/v1/users/login", new { email, password });
        response.EnsureSuccessStatusCode();
        var login = await response.JsonAsync();
        return ClientWithToken(login.GetProperty("access_token").GetString()!);
    }

    /// <summary>Registers a new customer with a unique email and signs them in.</summary>
    public async Task<TestCustomer> NewCustomerAsync()
    {
        RequireProvider();
        var email = $"c{Guid.NewGuid():N}@example.com";
        const string password = "correct-horse-battery";
        var response = await Client.PostJsonAsync("/v1/users/register", new { email, full_name = "Test Customer", password });
        response.EnsureSuccessStatusCode();
        var id = (await response.JsonAsync()).GetProperty("id").GetInt32();
        return new TestCustomer(id, email, password, await SignedInClientAsync(email, password));
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

    public virtual async ValueTask DisposeAsync()
    {
        _client?.Dispose();
        _adminClient?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }
}

/// <summary>A registered, signed-in customer.</summary>
public sealed record TestCustomer(int Id, string Email, string Password, HttpClient Client);

public sealed class SqliteHost : HostFixture
{
    protected override TestDatabase CreateDatabase() => new SqliteTestDatabase();
}

public sealed class PostgresHost : HostFixture
{
    protected override TestDatabase? CreateDatabase() =>
        TestDatabase.PostgresServer is { } server ? new PostgresTestDatabase(server) : null;
}

/// <summary>Orders and Shipping on MySQL, the rest on PostgreSQL: the seed system's layout.</summary>
public sealed class MySqlHost : HostFixture
{
    protected override string SkipReason => TestDatabase.MySqlSkipReason;

    protected override TestDatabase? CreateDatabase() => MySqlTestDatabase.FromEnvironment();
}
