using Eci.Host;
using Eci.Testing;
using Xunit;

namespace Eci.EndToEndTests;

/// <summary>
/// Outside development the host refuses to start with the development secrets, and settings it cannot use end the
/// server and the commands alike with exit code 1 and one line on stderr, never a crash with a stack trace.
/// </summary>
public sealed class StartupSafetyTests
{
    private static readonly string OwnSigningKey = "--Auth:SigningKey=" + Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(48));

    /// <summary>Runs the host's command line in Production, on SQLite files that nothing should ever create.</summary>
    private static async Task<(int ExitCode, string Error)> RunAsync(params string[] args)
    {
        var unused = Path.Combine(Path.GetTempPath(), "eci-refused-" + Guid.NewGuid().ToString("N"));
        using var error = new StringWriter();
        var exitCode = await EciCommandLine.RunAsync(
            [.. args, "--environment=Production", $"--contentRoot={AppContext.BaseDirectory}", $"--Database:SqliteDirectory={unused}"], error);
        if (Directory.Exists(unused))
        {
            Directory.Delete(unused, recursive: true);
        }

        return (exitCode, error.ToString());
    }

    private static string AssertRefused((int ExitCode, string Error) run)
    {
        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.DoesNotContain("Exception", line, StringComparison.Ordinal);
        return line;
    }

    [Fact]
    public async Task The_development_signing_key_is_refused()
    {
        var line = AssertRefused(await RunAsync("migrate", "--Auth:SigningKey=" + Shared.Auth.JwtSettings.DevelopmentSigningKey));

        Assert.Contains("Auth:SigningKey", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_short_signing_key_is_refused()
    {
        var line = AssertRefused(await RunAsync("seed", "--Auth:SigningKey=too-short"));

        Assert.Contains("32 bytes", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unsupported_database_provider_is_refused()
    {
        var line = AssertRefused(await RunAsync("migrate", OwnSigningKey, "--Database:Provider=oracle"));

        Assert.Contains("'oracle'", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MySQL_without_a_server_to_use_is_refused_naming_the_module()
    {
        var line = AssertRefused(await RunAsync("migrate", OwnSigningKey, "--Modules:Orders:Database:Provider=mysql"));

        Assert.Contains("Module Orders uses MySQL", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_trusted_proxy_network_that_is_not_one_is_refused()
    {
        var line = AssertRefused(await RunAsync(OwnSigningKey, "--Http:ForwardedHeaders:Enabled=true", "--Http:ForwardedHeaders:KnownNetworks:0=next-door"));

        Assert.Contains("Http:ForwardedHeaders:KnownNetworks", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_server_refuses_the_development_admin_password_when_it_starts()
    {
        var line = AssertRefused(await RunAsync(OwnSigningKey, "--urls=http://127.0.0.1:0",
            "--Admin:Email=admin@example.com", "--Admin:Password=" + "development-admin-password"));

        Assert.Contains("Admin:Password", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Production_secrets_of_its_own_start_the_host()
    {
        await using var factory = new EciHostFactory(new SqliteTestDatabase(), environment: "Production");

        Assert.Null(Record.Exception(() => factory.CreateClient()));
    }
}
