using Eci.Host;
using Xunit;

namespace Eci.EndToEndTests;

/// <summary>Capacity settings the host cannot use stop it with one line naming the setting, like every start-up refusal.</summary>
public sealed class CapacitySettingsTests
{
    private static readonly string OwnSigningKey = "--Auth:SigningKey=" + Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(48));

    private static async Task<string> RefusedAsync(params string[] args)
    {
        var unused = Path.Combine(Path.GetTempPath(), "eci-refused-" + Guid.NewGuid().ToString("N"));
        using var error = new StringWriter();
        var exitCode = await EciCommandLine.RunAsync(
            [.. args, OwnSigningKey, "--environment=Production", $"--contentRoot={AppContext.BaseDirectory}", $"--Database:SqliteDirectory={unused}"], error);
        if (Directory.Exists(unused))
        {
            Directory.Delete(unused, recursive: true);
        }

        Assert.Equal(1, exitCode);
        var line = Assert.Single(error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.StartsWith("Eci.Host cannot start: ", line, StringComparison.Ordinal);
        return line;
    }

    [Fact]
    public async Task The_retired_global_concurrency_limit_is_refused_naming_the_per_class_keys()
    {
        var line = await RefusedAsync("migrate", "--RateLimits:Concurrency:PermitLimit=64");

        Assert.Contains("RateLimits:Concurrency:<Reads|Writes|Checkout>:PermitLimit", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_class_without_permits_is_refused()
    {
        var line = await RefusedAsync("migrate", "--RateLimits:Concurrency:Checkout:PermitLimit=0");

        Assert.Contains("RateLimits:Concurrency:Checkout:PermitLimit", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_pool_of_no_connections_is_refused()
    {
        var line = await RefusedAsync("migrate", "--Database:Provider=postgres", "--ConnectionStrings:Postgres=Host=localhost", "--Database:MaxPoolSize=0");

        Assert.Contains("Database:MaxPoolSize", line, StringComparison.Ordinal);
    }
}
