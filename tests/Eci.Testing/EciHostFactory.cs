using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Eci.Testing;

/// <summary>The real host, in process, on the given test databases, with a signing key and admin of its own.</summary>
public sealed class EciHostFactory(
    TestDatabase database, IReadOnlyDictionary<string, string?>? extraSettings = null, string environment = "Testing", Action<IServiceCollection>? services = null)
    : WebApplicationFactory<Program>
{
    public const string AdminEmail = "admin@eci.test";
    public const string AdminPassword = "admin-test-password-1";

    public string SigningKey { get; } = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(48));

    public TestDatabase Database { get; } = database;

    /// <summary>The host's clock; tests may move it forward.</summary>
    public ShiftedClock Clock { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        var settings = new Dictionary<string, string?>(Database.Settings)
        {
            ["Auth:SigningKey"] = SigningKey,
            ["Admin:Email"] = AdminEmail,
            ["Admin:Password"] = AdminPassword,
            ["RateLimits:Auth:PermitLimit"] = "100000",
        };
        foreach (var (key, value) in extraSettings ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(replacements =>
        {
            replacements.AddSingleton<TimeProvider>(Clock);
            services?.Invoke(replacements);
        });
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Database.DisposeAsync();
    }
}
