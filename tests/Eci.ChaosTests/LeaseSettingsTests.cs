using System.Security.Cryptography;
using Xunit;

namespace Eci.ChaosTests;

/// <summary>The leases that decide how long a crash blocks an order are settings; the host refuses ones it cannot use.</summary>
public sealed class LeaseSettingsTests
{
    [Theory]
    [InlineData("Modules__Orders__LeaseSeconds", "Modules:Orders settings are out of range.")]
    [InlineData("Idempotency__LeaseSeconds", "Idempotency:LeaseSeconds must be positive.")]
    public async Task The_host_refuses_to_start_with_a_lease_of_zero(string setting, string reason)
    {
        var data = Directory.CreateTempSubdirectory("eci-lease-").FullName;
        try
        {
            await using var host = new HostProcess(new Dictionary<string, string>
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["Database__Provider"] = "sqlite",
                ["Database__SqliteDirectory"] = data,
                ["Auth__SigningKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48)),
                ["Admin__Email"] = "admin@lease.test",
                ["Admin__Password"] = "lease-admin-password-1",
                [setting] = "0",
            });

            var exitCode = await host.RunCommandAsync(command: null, TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);

            Assert.True(exitCode == 1, $"exit code {exitCode}:{Environment.NewLine}{host.Tail}");
            Assert.Contains("Eci.Host cannot start", host.Tail, StringComparison.Ordinal);
            Assert.Contains(reason, host.Tail, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }
}
