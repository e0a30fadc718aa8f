using System.Net;
using Eci.Modules.Customers.Persistence;
using Eci.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
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
    public async Task The_failure_that_reaches_the_limit_locks_and_failures_while_locked_are_not_counted()
    {
        var customer = await host.NewCustomerAsync();
        async Task<(int FailedLogins, DateTime? LockedUntil)> RecordFailureAsync()
        {
            await host.InScopeAsync(async sp =>
            {
                await sp.GetRequiredService<LockoutCounter>().RecordFailureAsync(customer.Id, CancellationToken.None);
                return true;
            });
            return await host.WithCustomersDbAsync(db => db.Customers.Where(c => c.Id == customer.Id)
                .Select(c => new ValueTuple<int, DateTime?>(c.FailedLogins, c.LockedUntil)).SingleAsync());
        }

        for (var i = 1; i < 5; i++)
        {
            Assert.Equal((i, null), await RecordFailureAsync());
        }

        var locked = await RecordFailureAsync();
        var whileLocked = await RecordFailureAsync();

        Assert.Equal(0, locked.FailedLogins);
        Assert.NotNull(locked.LockedUntil);
        Assert.InRange(locked.LockedUntil.Value, DateTime.UtcNow.AddMinutes(14), DateTime.UtcNow.AddMinutes(16));
        Assert.Equal(locked, whileLocked);
    }

    [Fact]
    public async Task A_password_set_with_a_token_ends_a_lockout()
    {
        var customer = await host.NewCustomerAsync();
        for (var i = 0; i < 5; i++)
        {
            await host.Client.PostJsonAsync("/v1/users/login", new { email = customer.Email, password = "wrong-password" });
        }

        var token = (await (await host.AdminClient.PostAsync($"/v1/users/{customer.Id}/password-token", null)).JsonAsync()).GetProperty("token").GetString();
        var set = await host.Client.PostJsonAsync("/v1/users/password", new { email = customer.Email, token, password = "a-fresh-password" });

        Assert.Equal(HttpStatusCode.NoContent, set.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.Client.PostJsonAsync("/v1/users/login", new { email = customer.Email, password = "a-fresh-password" })).StatusCode);
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
