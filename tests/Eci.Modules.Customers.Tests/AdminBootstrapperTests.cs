using Eci.Modules.Customers.Background;
using Eci.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Xunit;

namespace Eci.Modules.Customers.Tests;

/// <summary>The configured admin email may name an account that already exists; it is promoted only with its own password.</summary>
public abstract class AdminBootstrapperTests(HostFixture host)
{
    private async Task<RecordingLogger<AdminBootstrapWorker>> BootstrapAsync(string email, string password)
    {
        var logger = new RecordingLogger<AdminBootstrapWorker>();
        var settings = Options.Create(new AdminSettings { Email = email, Password = password });
        var services = host.Factory.Services;
        var bootstrapper = new AdminBootstrapWorker(services, settings, services.GetRequiredService<IHostEnvironment>(), TimeProvider.System, logger);
        await bootstrapper.StartAsync(CancellationToken.None);
        return logger;
    }

    private Task<string> RoleAsync(int id) =>
        host.WithCustomersDbAsync(db => db.Customers.Where(c => c.Id == id).Select(c => c.Role).SingleAsync());

    [Fact]
    public async Task An_existing_account_whose_password_is_not_the_admin_password_stays_a_customer()
    {
        var customer = await host.NewCustomerAsync();

        var logs = await BootstrapAsync(customer.Email.ToUpperInvariant(), "someone-elses-admin-password");

        Assert.Equal("customer", await RoleAsync(customer.Id));
        var error = Assert.Single(logs.Entries, e => e.Level == LogLevel.Error);
        Assert.DoesNotContain("someone-elses-admin-password", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(customer.Password, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_existing_account_whose_password_is_the_admin_password_becomes_the_admin()
    {
        var customer = await host.NewCustomerAsync();

        var logs = await BootstrapAsync(customer.Email, customer.Password);

        Assert.Equal("admin", await RoleAsync(customer.Id));
        Assert.DoesNotContain(logs.Entries, e => e.Level >= LogLevel.Error);
    }
}

public sealed class SqliteAdminBootstrapperTests(SqliteHost host) : AdminBootstrapperTests(host), IClassFixture<SqliteHost>;

public sealed class PostgresAdminBootstrapperTests(PostgresHost host) : AdminBootstrapperTests(host), IClassFixture<PostgresHost>;
