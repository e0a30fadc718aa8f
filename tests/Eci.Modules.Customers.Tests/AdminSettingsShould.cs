using Eci.Host;
using Eci.Modules.Customers.Background;
using Xunit;

namespace Eci.Modules.Customers.Tests;

/// <summary>Outside development the configured admin must be real: no placeholder, a real e-mail, a password the rules accept.</summary>
public sealed class AdminSettingsShould
{
    private static string? Problem(string? email, string? password) => new AdminSettings { Email = email, Password = password }.ProductionProblem();

    [Theory]
    [InlineData("REPLACE_ME", "REPLACE_ME", "Admin:Email")]
    [InlineData("ops@example.com", "REPLACE_ME", "Admin:Password")]
    [InlineData("ops@example.com", "changeme", "Admin:Password")]
    [InlineData("ops@example.com", "Change-Me-Please", "Admin:Password")]
    [InlineData("ops@example.com", "<admin password>", "Admin:Password")]
    [InlineData("ops@example.com", "${ADMIN_PASSWORD}", "Admin:Password")]
    [InlineData("<admin email>", "a-long-secret-of-ours", "Admin:Email")]
    [InlineData("ops@example.com", "", "Admin:Password")]
    [InlineData(" ", "a-long-secret-of-ours", "Admin:Email")]
    [InlineData("ops.example.com", "a-long-secret-of-ours", "Admin:Email")]
    [InlineData("ops@example.com", "short", "Admin:Password")]
    [InlineData("ops@example.com", "OPS@example.com", "Admin:Password")]
    [InlineData("ops@example.com", "development-admin-password", "Admin:Password")]
    public void Refuse_settings_no_real_admin_would_have(string email, string password, string named)
    {
        var problem = Problem(email, password);

        Assert.NotNull(problem);
        Assert.StartsWith(named, problem, StringComparison.Ordinal);
        if (named == "Admin:Password" && password.Length > 0)
        {
            Assert.DoesNotContain(password, problem, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Accept_a_real_address_and_a_password_the_rules_accept()
    {
        Assert.Null(Problem("ops@shop.example", "a long secret of our own"));
    }

    [Fact]
    public void Leave_an_unset_admin_to_the_warning()
    {
        Assert.True(new AdminSettings().IsUnset);
        Assert.False(new AdminSettings { Email = "ops@shop.example" }.IsUnset);
    }

    [Fact]
    public async Task Stop_the_server_with_one_line_when_the_template_placeholders_are_left_in()
    {
        var unused = Path.Combine(Path.GetTempPath(), "eci-refused-" + Guid.NewGuid().ToString("N"));
        var key = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(48));
        using var error = new StringWriter();

        var exitCode = await EciCommandLine.RunAsync(
        [
            "--environment=Production", $"--contentRoot={AppContext.BaseDirectory}", $"--Database:SqliteDirectory={unused}",
            "--Database:MigrateOnStartup=true", "--urls=http://127.0.0.1:0", "--Auth:SigningKey=" + key,
            "--Admin:Email=REPLACE_ME", "--Admin:Password=REPLACE_ME",
        ], error);
        if (Directory.Exists(unused))
        {
            Directory.Delete(unused, recursive: true);
        }

        Assert.Equal(1, exitCode);
        var line = Assert.Single(error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.StartsWith("Eci.Host cannot start: Admin:Email is the placeholder", line, StringComparison.Ordinal);
    }
}
