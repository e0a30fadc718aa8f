using Eci.Host;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Xunit;

namespace Eci.EndToEndTests;

/// <summary>
/// Replicas must not race to migrate, so only development migrates at start-up by default; a deployment runs the
/// migrate command once per release instead.
/// </summary>
public sealed class StartupMigrationTests
{
    [Theory]
    [InlineData("Production", false)]
    [InlineData("Development", true)]
    public async Task Only_development_migrates_at_start_up_by_default(string environment, bool migrates)
    {
        var directory = Directory.CreateTempSubdirectory("eci-startup-").FullName;
        try
        {
            await using var app = EciApp.Build([
                $"--environment={environment}",
                $"--contentRoot={AppContext.BaseDirectory}",
                $"--Auth:SigningKey={Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(48))}",
                $"--Database:SqliteDirectory={directory}",
            ]);

            var startupWork = app.Services.GetServices<IHostedService>().Select(s => s.GetType().Name);

            Assert.Equal(migrates, startupWork.Contains("DatabaseInitializerOnStartup"));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
