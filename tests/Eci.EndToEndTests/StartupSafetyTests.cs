using Eci.Testing;
using Xunit;

namespace Eci.EndToEndTests;

/// <summary>Outside development the host refuses to start with the development secrets.</summary>
public sealed class StartupSafetyTests
{
    private static async Task<Exception?> StartAsync(Dictionary<string, string?> settings)
    {
        await using var factory = new EciHostFactory(new SqliteTestDatabase(), settings, environment: "Production");
        return Record.Exception(() => factory.CreateClient());
    }

    [Fact]
    public async Task The_development_signing_key_is_refused()
    {
        var error = await StartAsync(new() { ["Auth:SigningKey"] = Shared.Auth.JwtSettings.DevelopmentSigningKey });

        Assert.NotNull(error);
        Assert.Contains("Auth:SigningKey", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_short_signing_key_is_refused()
    {
        var error = await StartAsync(new() { ["Auth:SigningKey"] = "too-short" });

        Assert.NotNull(error);
        Assert.Contains("32 bytes", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_development_admin_password_is_refused()
    {
        var error = await StartAsync(new() { ["Admin:Password"] = "development-admin-password" });

        Assert.NotNull(error);
        Assert.Contains("Admin:Password", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Production_secrets_of_its_own_start_the_host()
    {
        Assert.Null(await StartAsync([]));
    }
}
