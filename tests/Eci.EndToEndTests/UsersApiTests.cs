using System.Net;
using Eci.Modules.Customers.Contracts;
using Eci.Testing;
using Xunit;

namespace Eci.EndToEndTests;

/// <summary>Accounts over HTTP: registration, login, profiles, and the password flow of imported customers.</summary>
public abstract class UsersApiTests(HostFixture host)
{
    private HttpClient Anonymous
    {
        get
        {
            host.RequireProvider();
            return host.Client;
        }
    }

    private static string NewEmail() => $"u{Guid.NewGuid():N}@example.com";

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(code, (await response.JsonAsync()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task Register_answers_201_with_the_customer_and_never_the_password()
    {
        var email = NewEmail();

        var response = await Anonymous.PostJsonAsync("/v1/users/register", new { email, full_name = "Pari Iyer", password = "s3cret-enough", phone = "+91 96203 45176" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        var customer = await response.JsonAsync();
        Assert.Equal($"/v1/users/{customer.GetProperty("id").GetInt32()}", response.Headers.Location?.OriginalString);
        Assert.Equal(email, customer.GetProperty("email").GetString());
        Assert.Equal("customer", customer.GetProperty("role").GetString());
        Assert.DoesNotContain("s3cret-enough", body, StringComparison.Ordinal);
        Assert.DoesNotContain("hash", body, StringComparison.OrdinalIgnoreCase);
        Assert.False(customer.TryGetProperty("password", out _));
    }

    [Fact]
    public async Task An_email_taken_in_another_letter_case_is_a_409()
    {
        var email = NewEmail();
        await Anonymous.PostJsonAsync("/v1/users/register", new { email, full_name = "A", password = "password-one" });

        var response = await Anonymous.PostJsonAsync("/v1/users/register", new { email = email.ToUpperInvariant(), full_name = "B", password = "password-two" });

        await AssertProblemAsync(response, HttpStatusCode.Conflict, "duplicate_email");
    }

    [Fact]
    public async Task Registration_rules_answer_422_with_each_failing_field()
    {
        var response = await Anonymous.PostJsonAsync("/v1/users/register", new { email = "not-an-email", full_name = "", password = "short", phone = "call me" });

        await AssertProblemAsync(response, HttpStatusCode.UnprocessableEntity, "validation_failed");
        var errors = (await response.JsonAsync()).GetProperty("errors");
        foreach (var field in new[] { "email", "full_name", "password", "phone" })
        {
            Assert.True(errors.TryGetProperty(field, out _), $"expected an error for '{field}' in {errors}");
        }
    }

    [Fact]
    public async Task The_password_may_not_be_the_email()
    {
        var email = NewEmail();

        var response = await Anonymous.PostJsonAsync("/v1/users/register", new { email, full_name = "Same", password = email.ToUpperInvariant() });

        await AssertProblemAsync(response, HttpStatusCode.UnprocessableEntity, "validation_failed");
        Assert.True((await response.JsonAsync()).GetProperty("errors").TryGetProperty("password", out _));
    }

    [Fact]
    public async Task Login_returns_a_bearer_token_for_the_customer()
    {
        var customer = await host.NewCustomerAsync();

        var login = await (await Anonymous.PostJsonAsync("/v1/users/login", new { email = customer.Email.ToUpperInvariant(), password = customer.Password })).JsonAsync();

        Assert.Equal("Bearer", login.GetProperty("token_type").GetString());
        Assert.Equal(15 * 60, login.GetProperty("expires_in").GetInt32());
        Assert.Equal(customer.Id, login.GetProperty("customer_id").GetInt32());
        var me = await (await host.ClientWithToken(login.GetProperty("access_token").GetString()!).GetAsync("/v1/users/me")).JsonAsync();
        Assert.Equal(customer.Id, me.GetProperty("id").GetInt32());
    }

    [Fact]
    public async Task A_wrong_password_and_an_unknown_email_get_the_same_401()
    {
        var customer = await host.NewCustomerAsync();

        var wrong = await Anonymous.PostJsonAsync("/v1/users/login", new { email = customer.Email, password = "not-the-password" });
        var unknown = await Anonymous.PostJsonAsync("/v1/users/login", new { email = NewEmail(), password = "not-the-password" });

        await AssertProblemAsync(wrong, HttpStatusCode.Unauthorized, "invalid_credentials");
        await AssertProblemAsync(unknown, HttpStatusCode.Unauthorized, "invalid_credentials");
        Assert.Equal((await wrong.JsonAsync()).GetProperty("detail").GetString(), (await unknown.JsonAsync()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Repeated_failures_lock_the_account_even_against_the_right_password()
    {
        var customer = await host.NewCustomerAsync();
        for (var i = 0; i < 5; i++)
        {
            await AssertProblemAsync(await Anonymous.PostJsonAsync("/v1/users/login", new { email = customer.Email, password = $"wrong-{i}-attempt" }),
                HttpStatusCode.Unauthorized, "invalid_credentials");
        }

        var right = await Anonymous.PostJsonAsync("/v1/users/login", new { email = customer.Email, password = customer.Password });

        await AssertProblemAsync(right, HttpStatusCode.Unauthorized, "invalid_credentials");
    }

    [Fact]
    public async Task Wrong_passwords_sent_in_parallel_lock_the_account_all_the_same()
    {
        const int maxFailedLogins = 5; // the default of Modules:Customers:MaxFailedLogins
        var customer = await host.NewCustomerAsync();

        var attempts = await Task.WhenAll(Enumerable.Range(0, maxFailedLogins + 3).Select(i =>
            Anonymous.PostJsonAsync("/v1/users/login", new { email = customer.Email, password = $"wrong-{i}-attempt" })));
        var right = await Anonymous.PostJsonAsync("/v1/users/login", new { email = customer.Email, password = customer.Password });

        Assert.All(attempts, a => Assert.Equal(HttpStatusCode.Unauthorized, a.StatusCode));
        await AssertProblemAsync(right, HttpStatusCode.Unauthorized, "invalid_credentials");
    }

    [Fact]
    public async Task A_customer_sees_their_own_record_and_not_another_ones()
    {
        var me = await host.NewCustomerAsync();
        var other = await host.NewCustomerAsync();

        Assert.Equal(HttpStatusCode.OK, (await me.Client.GetAsync($"/v1/users/{me.Id}")).StatusCode);
        await AssertProblemAsync(await me.Client.GetAsync($"/v1/users/{other.Id}"), HttpStatusCode.NotFound, "not_found");
        await AssertProblemAsync(await me.Client.GetAsync("/v1/users/987654321"), HttpStatusCode.NotFound, "not_found");
        Assert.Equal(other.Email, (await (await host.AdminClient.GetAsync($"/v1/users/{other.Id}")).JsonAsync()).GetProperty("email").GetString());
    }

    [Fact]
    public async Task A_profile_update_keeps_omitted_fields_and_one_default_address()
    {
        var me = await host.NewCustomerAsync();

        var response = await me.Client.PutJsonAsync($"/v1/users/{me.Id}", new
        {
            phone = "+91 98765 43210",
            addresses = new[]
            {
                new { line1 = "12 MG Road", line2 = (string?)null, city = "Bengaluru", postal_code = "560001", country = "in", is_default = false },
                new { line1 = "4 Park St", line2 = (string?)"Flat 2", city = "Kolkata", postal_code = "700016", country = "IN", is_default = true },
            },
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var updated = await response.JsonAsync();
        Assert.Equal("Test Customer", updated.GetProperty("full_name").GetString());
        Assert.Equal("+91 98765 43210", updated.GetProperty("phone").GetString());
        var addresses = updated.GetProperty("addresses").EnumerateArray().ToList();
        Assert.Equal(2, addresses.Count);
        Assert.Equal("Kolkata", Assert.Single(addresses, a => a.GetProperty("is_default").GetBoolean()).GetProperty("city").GetString());
        Assert.Equal("IN", addresses[0].GetProperty("country").GetString());

        var contact = await host.QueryAsync(new GetCustomerContact(me.Id));
        Assert.Equal("Kolkata", contact?.DefaultAddress?.City);
    }

    [Fact]
    public async Task Two_default_addresses_are_a_422()
    {
        var me = await host.NewCustomerAsync();
        var address = new { line1 = "1 A St", city = "Pune", postal_code = "411001", country = "IN", is_default = true };

        var response = await me.Client.PutJsonAsync($"/v1/users/{me.Id}", new { addresses = new[] { address, address } });

        await AssertProblemAsync(response, HttpStatusCode.UnprocessableEntity, "validation_failed");
    }

    [Fact]
    public async Task A_null_address_is_a_422_on_that_address()
    {
        var me = await host.NewCustomerAsync();

        var response = await me.Client.PutJsonAsync($"/v1/users/{me.Id}", new { addresses = new object?[] { null } });

        await AssertProblemAsync(response, HttpStatusCode.UnprocessableEntity, "validation_failed");
        Assert.True((await response.JsonAsync()).GetProperty("errors").TryGetProperty("addresses[0]", out _));
    }

    [Fact]
    public async Task An_empty_phone_clears_it_and_an_omitted_one_keeps_it()
    {
        var me = await host.NewCustomerAsync();
        await me.Client.PutJsonAsync($"/v1/users/{me.Id}", new { phone = "+91 98765 43210" });

        var renamed = await (await me.Client.PutJsonAsync($"/v1/users/{me.Id}", new { full_name = "Renamed" })).JsonAsync();
        var cleared = await me.Client.PutJsonAsync($"/v1/users/{me.Id}", new { phone = "" });

        Assert.Equal("+91 98765 43210", renamed.GetProperty("phone").GetString());
        Assert.Equal(HttpStatusCode.OK, cleared.StatusCode);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, (await cleared.JsonAsync()).GetProperty("phone").ValueKind);
        var stored = await (await me.Client.GetAsync($"/v1/users/{me.Id}")).JsonAsync();
        Assert.Equal(System.Text.Json.JsonValueKind.Null, stored.GetProperty("phone").ValueKind);
        Assert.Equal("Renamed", stored.GetProperty("full_name").GetString());
    }

    [Fact]
    public async Task Changing_the_email_or_password_needs_the_current_password()
    {
        var me = await host.NewCustomerAsync();
        var newEmail = NewEmail();

        await AssertProblemAsync(await me.Client.PutJsonAsync($"/v1/users/{me.Id}", new { email = newEmail }), HttpStatusCode.UnprocessableEntity, "validation_failed");
        var wrong = await me.Client.PutJsonAsync($"/v1/users/{me.Id}", new { new_password = "brand-new-secret", current_password = "not-it-at-all" });
        await AssertProblemAsync(wrong, HttpStatusCode.UnprocessableEntity, "validation_failed");
        Assert.True((await wrong.JsonAsync()).GetProperty("errors").TryGetProperty("current_password", out _));

        var changed = await me.Client.PutJsonAsync($"/v1/users/{me.Id}", new { email = newEmail, new_password = "brand-new-secret", current_password = me.Password });

        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Anonymous.PostJsonAsync("/v1/users/login", new { email = newEmail, password = "brand-new-secret" })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Anonymous.PostJsonAsync("/v1/users/login", new { email = me.Email, password = me.Password })).StatusCode);
    }

    [Fact]
    public async Task A_locked_account_cannot_change_its_password_or_email_even_with_the_right_current_password()
    {
        var me = await host.NewCustomerAsync();
        for (var i = 0; i < 5; i++)
        {
            await Anonymous.PostJsonAsync("/v1/users/login", new { email = me.Email, password = $"wrong-{i}-attempt" });
        }

        var password = await me.Client.PutJsonAsync($"/v1/users/{me.Id}", new { new_password = "brand-new-secret", current_password = me.Password });
        var email = await me.Client.PutJsonAsync($"/v1/users/{me.Id}", new { email = NewEmail(), current_password = me.Password });
        var name = await me.Client.PutJsonAsync($"/v1/users/{me.Id}", new { full_name = "Still Allowed" });

        await AssertProblemAsync(password, HttpStatusCode.Unauthorized, "invalid_credentials");
        await AssertProblemAsync(email, HttpStatusCode.Unauthorized, "invalid_credentials");
        Assert.Equal(HttpStatusCode.OK, name.StatusCode);
        Assert.Equal(me.Email, (await name.JsonAsync()).GetProperty("email").GetString());
    }

    [Fact]
    public async Task A_new_password_may_not_be_the_email_the_account_keeps()
    {
        var me = await host.NewCustomerAsync();

        var response = await me.Client.PutJsonAsync($"/v1/users/{me.Id}", new { new_password = me.Email.ToUpperInvariant(), current_password = me.Password });

        await AssertProblemAsync(response, HttpStatusCode.UnprocessableEntity, "validation_failed");
        Assert.True((await response.JsonAsync()).GetProperty("errors").TryGetProperty("new_password", out _));
        Assert.Equal(HttpStatusCode.OK, (await Anonymous.PostJsonAsync("/v1/users/login", new { email = me.Email, password = me.Password })).StatusCode);
    }

    [Fact]
    public async Task An_imported_customer_signs_in_only_after_setting_a_password_with_a_token()
    {
        var id = 200_000 + Random.Shared.Next(700_000);
        var email = NewEmail();
        var csv = TempCsv.Write("eci-customers", ["customer_id,name,email,phone,created_at", $"{id},Diya Khan,{email},9366981803,2023-10-05 18:35:16"]);
        Assert.Equal(1, (await host.SendAsync(new ImportCustomers(csv))).Inserted);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Anonymous.PostJsonAsync("/v1/users/login", new { email, password = "any-password-at-all" })).StatusCode);

        var issued = await (await host.AdminClient.PostAsync($"/v1/users/{id}/password-token", null)).JsonAsync();
        var token = issued.GetProperty("token").GetString();
        await AssertProblemAsync(await Anonymous.PostJsonAsync("/v1/users/password", new { email, token = "forged-token", password = "my-own-password" }),
            HttpStatusCode.Unauthorized, "invalid_credentials");
        var set = await Anonymous.PostJsonAsync("/v1/users/password", new { email, token, password = "my-own-password" });
        var again = await Anonymous.PostJsonAsync("/v1/users/password", new { email, token, password = "another-password" });

        Assert.Equal(HttpStatusCode.NoContent, set.StatusCode);
        await AssertProblemAsync(again, HttpStatusCode.Unauthorized, "invalid_credentials");
        var login = await (await Anonymous.PostJsonAsync("/v1/users/login", new { email, password = "my-own-password" })).JsonAsync();
        Assert.Equal(id, login.GetProperty("customer_id").GetInt32());
    }

    [Fact]
    public async Task Admins_list_customers_by_email_fragment()
    {
        var customer = await host.NewCustomerAsync();

        var page = await (await host.AdminClient.GetAsync($"/v1/users?email={customer.Email[..12].ToUpperInvariant()}")).JsonAsync();

        Assert.Equal(customer.Id, Assert.Single(page.GetProperty("items").EnumerateArray()).GetProperty("id").GetInt32());
    }
}

public sealed class SqliteUsersApiTests(SqliteHost host) : UsersApiTests(host), IClassFixture<SqliteHost>;

public sealed class PostgresUsersApiTests(PostgresHost host) : UsersApiTests(host), IClassFixture<PostgresHost>;
