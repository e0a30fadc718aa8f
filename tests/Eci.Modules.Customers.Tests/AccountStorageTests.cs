using System.Net;
using Eci.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Eci.Modules.Customers.Tests;

/// <summary>What the Customers database holds after the HTTP flows, and a lockout that ends.</summary>
public abstract class AccountStorageTests(HostFixture host)
{
    [Fact]
    public async Task Passwords_are_stored_only_as_pbkdf2_hashes()
    {
        var customer = await host.NewCustomerAsync();

        var stored = await host.WithCustomersDbAsync(db => db.Customers.AsNoTracking().SingleAsync(c => c.Id == customer.Id));

        Assert.NotNull(stored.PasswordHash);
        Assert.DoesNotContain(customer.Password, stored.PasswordHash, StringComparison.Ordinal);
        Assert.Equal(0x01, Convert.FromBase64String(stored.PasswordHash)[0]);
    }

    [Fact]
    public async Task A_locked_account_signs_in_again_once_the_lockout_has_passed()
    {
        var customer = await host.NewCustomerAsync();
        for (var i = 0; i < 5; i++)
        {
            await host.Client.PostJsonAsync("/v1/users/login", new { email = customer.Email, password = "wrong-password" });
        }

        var lockedUntil = await host.WithCustomersDbAsync(db => db.Customers.Where(c => c.Id == customer.Id).Select(c => c.LockedUntil).SingleAsync());
        Assert.NotNull(lockedUntil);
        Assert.InRange(lockedUntil.Value, DateTime.UtcNow.AddMinutes(14), DateTime.UtcNow.AddMinutes(16));

        await host.WithCustomersDbAsync(db => db.Customers.Where(c => c.Id == customer.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.LockedUntil, DateTime.UtcNow.AddSeconds(-1))));

        var login = await host.Client.PostJsonAsync("/v1/users/login", new { email = customer.Email, password = customer.Password });
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
    }

    [Fact]
    public async Task The_configured_admin_exists_with_the_admin_role()
    {
        var admin = await host.WithCustomersDbAsync(db => db.Customers.AsNoTracking().SingleAsync(c => c.EmailKey == EciHostFactory.AdminEmail));

        Assert.True(admin.IsAdmin);
    }
}

public sealed class SqliteAccountStorageTests(SqliteHost host) : AccountStorageTests(host), IClassFixture<SqliteHost>;

public sealed class PostgresAccountStorageTests(PostgresHost host) : AccountStorageTests(host), IClassFixture<PostgresHost>;
