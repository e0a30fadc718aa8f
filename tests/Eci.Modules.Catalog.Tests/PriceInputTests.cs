using System.Net;
using System.Text;
using Eci.Testing;
using Xunit;

namespace Eci.Modules.Catalog.Tests;

/// <summary>A price is taken exactly as sent or refused: never rounded, and never picked from a member sent twice.</summary>
public abstract class PriceInputTests(HostFixture host)
{
    private Task<HttpResponseMessage> CreateAsync(string price, string extra = "") =>
        host.AdminClient.PostAsync("/v1/products", new StringContent(
            $$"""{"sku":"P-{{Guid.NewGuid():N}}","name":"Lamp","category":"Home","price":{{price}}{{extra}}}""", Encoding.UTF8, "application/json"));

    [Theory]
    [InlineData("1e-30")]
    [InlineData("0.00000000000000000000000000001")]
    [InlineData("10.00000000000000000000000000001")]
    [InlineData("10.555")]
    public async Task A_price_more_precise_than_its_currency_is_a_422_on_price(string price)
    {
        var response = await CreateAsync(price);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.JsonAsync();
        Assert.Equal("validation_failed", problem.GetProperty("code").GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty("price", out _), problem.ToString());
    }

    [Fact]
    public async Task An_exact_price_in_exponent_form_is_taken_as_sent()
    {
        var response = await CreateAsync("1.29999e3");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(1299.99m, (await response.JsonAsync()).GetProperty("price").GetDecimal());
    }

    [Fact]
    public async Task A_member_sent_twice_is_a_400_problem()
    {
        var response = await CreateAsync("10", ""","price":1000""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("bad_request", (await response.JsonAsync()).GetProperty("code").GetString());
    }
}

public sealed class SqlitePriceInputTests(SqliteHost host) : PriceInputTests(host), IClassFixture<SqliteHost>;
