using System.Net;
using System.Net.Http.Json;
using Eci.Testing;
using Xunit;

namespace Eci.Modules.Customers.Tests;

/// <summary>One rule for every address the API takes: an account's, an order's and a hand-made shipment's.</summary>
public abstract class CountryCodeTests(HostFixture host)
{
    private static object Address(string country) => new { line1 = "1 Main Street", city = "Springfield", postal_code = "12345", country };

    private static async Task AssertCountryRefusedAsync(HttpResponseMessage response, string field)
    {
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var errors = (await response.JsonAsync()).GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out var messages), errors.ToString());
        Assert.Contains("ISO 3166-1 alpha-2", messages[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_account_address_in_country_XX_is_refused_and_a_real_one_kept()
    {
        var customer = await host.NewCustomerAsync();

        var refused = await customer.Client.PutJsonAsync($"/v1/users/{customer.Id}", new { addresses = new[] { Address("XX") } });
        var kept = await customer.Client.PutJsonAsync($"/v1/users/{customer.Id}", new { addresses = new[] { Address("de") } });

        await AssertCountryRefusedAsync(refused, "addresses[0].country");
        Assert.Equal(HttpStatusCode.OK, kept.StatusCode);
        Assert.Equal("DE", (await kept.JsonAsync()).GetProperty("addresses")[0].GetProperty("country").GetString());
    }

    [Fact]
    public async Task An_order_shipped_to_country_XX_is_refused()
    {
        var customer = await host.NewCustomerAsync();
        var request = new HttpRequestMessage(HttpMethod.Post, "/v1/orders")
        {
            Content = JsonContent.Create(new
            {
                items = new[] { new { product_id = 1, quantity = 1 } },
                payment_method = "card",
                shipping_address = Address("XX"),
            }, options: ApiJson.Options),
        };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());

        await AssertCountryRefusedAsync(await customer.Client.SendAsync(request), "shipping_address.country");
    }

    [Fact]
    public async Task A_shipment_made_by_hand_to_country_XX_is_refused()
    {
        var response = await host.AdminClient.PostJsonAsync("/v1/shipments", new { order_id = Guid.NewGuid().ToString(), country = "XX" });

        await AssertCountryRefusedAsync(response, "country");
    }
}

public sealed class SqliteCountryCodeTests(SqliteHost host) : CountryCodeTests(host), IClassFixture<SqliteHost>;
