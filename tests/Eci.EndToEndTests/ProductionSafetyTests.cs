using System.Net;
using System.Text;
using Eci.Testing;
using Xunit;

namespace Eci.EndToEndTests;

/// <summary>
/// OWASP API2 and API8 on a host in the Production environment: signing up, signing in and setting a password with a
/// token leave no password, token or signing key in the logs, and problems never show a stack trace or an
/// exception's own text, even when the server fails.
/// </summary>
public abstract class ProductionSafetyTests(ProductionHost host)
{
    [Fact]
    public async Task No_log_entry_holds_a_password_a_token_or_the_signing_key()
    {
        host.RequireProvider();
        var email = $"l{Guid.NewGuid():N}@example.com";
        const string password = "log-me-never-6c1d";
        const string wrongPassword = "wrong-guess-9e2b";
        const string newPassword = "set-by-token-4a7f";

        var registered = await host.Client.PostJsonAsync("/v1/users/register", new { email, full_name = "Logged Person", password });
        var id = (await registered.JsonAsync()).GetProperty("id").GetInt32();
        var failed = await host.Client.PostJsonAsync("/v1/users/login", new { email, password = wrongPassword });
        var login = await (await host.Client.PostJsonAsync("/v1/users/login", new { email, password })).JsonAsync();
        var jwt = login.GetProperty("access_token").GetString()!;
        var me = await host.ClientWithToken(jwt).GetAsync("/v1/users/me");
        var issued = await host.AdminClient.PostAsync($"/v1/users/{id}/password-token", null);
        var setupToken = (await issued.JsonAsync()).GetProperty("token").GetString()!;
        var set = await host.Client.PostJsonAsync("/v1/users/password", new { email, token = setupToken, password = newPassword });
        var again = await host.Client.PostJsonAsync("/v1/users/login", new { email, password = newPassword });
        var adminToken = host.AdminClient.DefaultRequestHeaders.Authorization!.Parameter!;

        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, failed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        Assert.Equal(HttpStatusCode.OK, issued.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, set.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var entries = host.Logs.Entries.ToList();
        Assert.Contains(entries, e => e.Contains("/v1/users/login", StringComparison.Ordinal));
        var secrets = new Dictionary<string, string>
        {
            ["password"] = password,
            ["wrong password"] = wrongPassword,
            ["password set with a token"] = newPassword,
            ["admin password"] = EciHostFactory.AdminPassword,
            ["customer JWT"] = jwt,
            ["admin JWT"] = adminToken,
            ["JWT signature"] = jwt.Split('.')[2],
            ["password token"] = setupToken,
            ["signing key"] = host.Factory.SigningKey,
        };
        foreach (var (name, secret) in secrets)
        {
            var leak = entries.FirstOrDefault(e => e.Contains(secret, StringComparison.Ordinal));
            Assert.True(leak is null, $"the {name} is in the log: {leak}");
        }
    }

    [Fact]
    public async Task A_replayed_order_is_no_error_in_the_log()
    {
        host.RequireProvider();
        var product = await host.ProductAsync(12m, 5);
        var shopper = await host.ShopperAsync();
        var key = Guid.NewGuid().ToString();

        var first = await shopper.PlaceAsync(Shop.Order(null, (product, 1)), key);
        var replayed = await shopper.PlaceAsync(Shop.Order(null, (product, 1)), key);

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created), (first.StatusCode, replayed.StatusCode));
        Assert.True(replayed.Headers.Contains("Idempotent-Replayed"));
        Assert.DoesNotContain(host.Logs.Entries, e => e.StartsWith("Error", StringComparison.Ordinal) && e.Contains("idempotency_keys", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_server_failure_is_a_500_problem_without_a_stack_trace_while_the_log_keeps_it()
    {
        host.RequireProvider();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/users/register")
        {
            Content = new StringContent($"{{\"email\":\"f{Guid.NewGuid():N}@example.com\",\"full_name\":\"Fault\",\"password\":\"fault-path-1234\"}}", Encoding.UTF8, "application/json"),
        };
        request.Headers.Add(ProductionHost.FaultHeader, "1");

        var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var body = await AssertBareProblemAsync(response);
        Assert.Equal("internal_error", (await response.JsonAsync()).GetProperty("code").GetString());
        Assert.DoesNotContain(ProductionHost.FaultMessage, body, StringComparison.Ordinal);
        Assert.Contains(host.Logs.Entries, e => e.Contains(ProductionHost.FaultMessage, StringComparison.Ordinal) && e.Contains("   at ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("POST", "/v1/products", "{\"sku\":", HttpStatusCode.BadRequest)]
    [InlineData("POST", "/v1/products", "{\"price\":\"free\"}", HttpStatusCode.BadRequest)]
    [InlineData("POST", "/v1/products", "{}", HttpStatusCode.UnprocessableEntity)]
    [InlineData("GET", "/v1/products?page=lots", null, HttpStatusCode.BadRequest)]
    [InlineData("GET", "/v1/products/99999999999", null, HttpStatusCode.NotFound)]
    [InlineData("PATCH", "/v1/products", null, HttpStatusCode.MethodNotAllowed)]
    public async Task Refusals_in_production_name_no_internals(string method, string path, string? body, HttpStatusCode status)
    {
        host.RequireProvider();
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        var response = await host.AdminClient.SendAsync(request);

        Assert.Equal(status, response.StatusCode);
        await AssertBareProblemAsync(response);
    }

    private static async Task<string> AssertBareProblemAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Eci.", body, StringComparison.Ordinal);
        Assert.DoesNotContain(".cs:line", body, StringComparison.Ordinal);
        return body;
    }
}

public sealed class SqliteProductionSafetyTests(SqliteProductionHost host) : ProductionSafetyTests(host), IClassFixture<SqliteProductionHost>;

public sealed class PostgresProductionSafetyTests(PostgresProductionHost host) : ProductionSafetyTests(host), IClassFixture<PostgresProductionHost>;
