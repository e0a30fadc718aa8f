using System.Net;
using Eci.Modules.Customers.Background;
using Eci.Shared.Auth;
using Eci.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Xunit;

namespace Eci.Modules.Customers.Tests;

/// <summary>
/// A token lives only as long as its account's credentials: a new password, a reset or a new role ends every token
/// issued before, at once on the replica that made the change and within the cache window on the others.
/// </summary>
public abstract class SecurityStampTests(HostFixture host)
{
    private static Task<HttpResponseMessage> MeAsync(HttpClient client) => client.GetAsync("/v1/users/me");

    /// <summary>The old token answered 200 just before (so this replica holds its stamp) and 401 with a problem now.</summary>
    private static async Task AssertEndedAsync(HttpClient old)
    {
        var response = await MeAsync(old);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_fresh_token_works_and_keeps_working_while_nothing_changes()
    {
        var customer = await host.NewCustomerAsync();

        Assert.Equal(HttpStatusCode.OK, (await MeAsync(customer.Client)).StatusCode);
        var renamed = await customer.Client.PutJsonAsync($"/v1/users/{customer.Id}", new { full_name = "Renamed Customer" });
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await MeAsync(customer.Client)).StatusCode);
    }

    [Fact]
    public async Task A_password_change_ends_older_tokens_and_a_new_sign_in_works()
    {
        var customer = await host.NewCustomerAsync();
        using var other = await host.SignedInClientAsync(customer.Email, customer.Password);
        Assert.Equal(HttpStatusCode.OK, (await MeAsync(other)).StatusCode);

        var changed = await customer.Client.PutJsonAsync($"/v1/users/{customer.Id}",
            new { new_password = "a-brand-new-secret", current_password = customer.Password });

        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        await AssertEndedAsync(other);
        await AssertEndedAsync(customer.Client);
        using var fresh = await host.SignedInClientAsync(customer.Email, "a-brand-new-secret");
        Assert.Equal(HttpStatusCode.OK, (await MeAsync(fresh)).StatusCode);
    }

    [Fact]
    public async Task An_admin_reset_ends_the_accounts_tokens()
    {
        var customer = await host.NewCustomerAsync();
        Assert.Equal(HttpStatusCode.OK, (await MeAsync(customer.Client)).StatusCode);

        var reset = await host.AdminClient.PostAsync($"/v1/users/{customer.Id}/password-token", null);

        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
        await AssertEndedAsync(customer.Client);
        var token = (await reset.JsonAsync()).GetProperty("token").GetString();
        var set = await host.Client.PostJsonAsync("/v1/users/password", new { email = customer.Email, token, password = "set-after-reset" });
        Assert.Equal(HttpStatusCode.NoContent, set.StatusCode);
        using var fresh = await host.SignedInClientAsync(customer.Email, "set-after-reset");
        Assert.Equal(HttpStatusCode.OK, (await MeAsync(fresh)).StatusCode);
    }

    [Fact]
    public async Task A_role_change_ends_the_tokens_that_carry_the_old_role()
    {
        var customer = await host.NewCustomerAsync();
        Assert.Equal(HttpStatusCode.OK, (await MeAsync(customer.Client)).StatusCode);
        var services = host.Factory.Services;
        var promote = new AdminBootstrapWorker(services, Options.Create(new AdminSettings { Email = customer.Email, Password = customer.Password }),
            services.GetRequiredService<IHostEnvironment>(), TimeProvider.System, NullLogger<AdminBootstrapWorker>.Instance);

        await promote.StartAsync(CancellationToken.None);

        await AssertEndedAsync(customer.Client);
        using var fresh = await host.SignedInClientAsync(customer.Email, customer.Password);
        Assert.Equal(HttpStatusCode.OK, (await fresh.GetAsync("/v1/users")).StatusCode);
    }

    [Fact]
    public async Task A_signed_token_without_a_stamp_is_refused()
    {
        var customer = await host.NewCustomerAsync();
        var key = new Microsoft.IdentityModel.Tokens.SymmetricSecurityKey(System.Text.Encoding.UTF8.GetBytes(host.Factory.SigningKey));
        var token = new Microsoft.IdentityModel.JsonWebTokens.JsonWebTokenHandler().CreateToken(new Microsoft.IdentityModel.Tokens.SecurityTokenDescriptor
        {
            Issuer = "eci",
            Audience = "eci-api",
            Expires = DateTime.UtcNow.AddMinutes(5),
            Claims = new Dictionary<string, object> { ["sub"] = customer.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), ["role"] = "customer" },
            SigningCredentials = new(key, Microsoft.IdentityModel.Tokens.SecurityAlgorithms.HmacSha256),
        });

        await AssertEndedAsync(host.ClientWithToken(token));
    }

    [Fact]
    public async Task A_change_made_by_another_replica_ends_the_token_here_once_the_cache_window_has_passed()
    {
        var customer = await host.NewCustomerAsync();
        Assert.Equal(HttpStatusCode.OK, (await MeAsync(customer.Client)).StatusCode);

        // Another replica renews the stamp in the shared database; this one was not told.
        await host.WithCustomersDbAsync(db => db.Customers.Where(c => c.Id == customer.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.SecurityStamp, "0123456789abcdef0123456789abcdef")));
        var window = host.Factory.Services.GetRequiredService<IOptions<JwtSettings>>().Value.SecurityStampCacheSeconds;

        Assert.Equal(30, window);
        Assert.Equal(HttpStatusCode.OK, (await MeAsync(customer.Client)).StatusCode);
        host.Factory.Clock.Advance(TimeSpan.FromSeconds(window + 1));
        await AssertEndedAsync(customer.Client);
    }
}

public sealed class SqliteSecurityStampTests(SqliteHost host) : SecurityStampTests(host), IClassFixture<SqliteHost>;

public sealed class PostgresSecurityStampTests(PostgresHost host) : SecurityStampTests(host), IClassFixture<PostgresHost>;
