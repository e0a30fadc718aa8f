using System.Net;
using Eci.Testing;
using Xunit;

namespace Eci.EndToEndTests;

/// <summary>ETags, If-None-Match and If-Match on products, warehouses, accounts and stock; run once per database provider.</summary>
public abstract class ConditionalRequestsTests(HostFixture host)
{
    private HttpClient Admin
    {
        get
        {
            host.RequireProvider();
            return host.AdminClient;
        }
    }

    private async Task<string> NewProductAsync(string name = "Trail Shoe")
    {
        var response = await Admin.PostJsonAsync("/v1/products", new { sku = "TAG-" + Guid.NewGuid().ToString("N")[..12], name, category = "Footwear", price = 99.50m });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return $"/v1/products/{(await response.JsonAsync()).GetProperty("id").GetInt32()}";
    }

    private async Task<string> NewWarehouseAsync()
    {
        var code = "T" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();
        (await Admin.PostJsonAsync("/v1/inventory/warehouses", new { code, name = "Tagged", priority = 5 })).EnsureSuccessStatusCode();
        return $"/v1/inventory/warehouses/{code}";
    }

    [Fact]
    public async Task A_product_read_twice_answers_the_same_strong_etag()
    {
        var url = await NewProductAsync();

        var first = await Admin.ETagOfAsync(url);
        var second = await Admin.ETagOfAsync(url);

        Assert.Equal(first, second);
    }

    [Fact]
    public async Task A_write_answers_the_new_etag_which_the_next_read_answers_too()
    {
        var url = await NewProductAsync();
        var before = await Admin.ETagOfAsync(url);

        var put = await Admin.PutIfMatchAsync(url, new { sku = "TAG-" + Guid.NewGuid().ToString("N")[..12], name = "Renamed", category = "Footwear", price = 99.50m }, before);

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var after = ConditionalRequests.StrongETag(put);
        Assert.NotEqual(before, after);
        Assert.Equal(after, await Admin.ETagOfAsync(url));
    }

    [Fact]
    public async Task A_read_whose_if_none_match_names_the_current_tag_is_a_304_without_a_body()
    {
        var url = await NewProductAsync();
        var tag = await Admin.ETagOfAsync(url);

        var matching = await Admin.GetIfNoneMatchAsync(url, tag);
        var other = await Admin.GetIfNoneMatchAsync(url, "\"not-this-one\"");

        Assert.Equal(HttpStatusCode.NotModified, matching.StatusCode);
        Assert.Empty(await matching.Content.ReadAsByteArrayAsync());
        Assert.Equal(tag, matching.Headers.ETag?.Tag);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.Equal("Trail Shoe", (await other.JsonAsync()).Text("name"));
    }

    [Fact]
    public async Task An_anonymous_read_answered_from_the_read_cache_carries_the_tag_and_follows_a_write()
    {
        var url = await NewProductAsync();
        var tag = await host.Client.ETagOfAsync(url);
        Assert.Equal(tag, await host.Client.ETagOfAsync(url));
        Assert.Equal(HttpStatusCode.NotModified, (await host.Client.GetIfNoneMatchAsync(url, tag)).StatusCode);

        (await Admin.PutJsonAsync(url, new { sku = "TAG-" + Guid.NewGuid().ToString("N")[..12], name = "Changed", category = "Footwear", price = 10m })).EnsureSuccessStatusCode();

        var fresh = await host.Client.GetIfNoneMatchAsync(url, tag);
        Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
        Assert.NotEqual(tag, ConditionalRequests.StrongETag(fresh));
        Assert.Equal("Changed", (await fresh.JsonAsync()).Text("name"));
    }

    [Fact]
    public async Task A_product_write_with_a_stale_if_match_is_a_412_and_changes_nothing()
    {
        var url = await NewProductAsync();
        var stale = await Admin.ETagOfAsync(url);
        (await Admin.PutJsonAsync(url, new { sku = "TAG-" + Guid.NewGuid().ToString("N")[..12], name = "First", category = "Footwear", price = 10m })).EnsureSuccessStatusCode();
        var current = await Admin.ETagOfAsync(url);

        var response = await Admin.PutIfMatchAsync(url, new { sku = "TAG-" + Guid.NewGuid().ToString("N")[..12], name = "Second", category = "Footwear", price = 20m }, stale);

        await ConditionalRequests.AssertPreconditionFailedAsync(response);
        var stored = await (await Admin.GetAsync(url)).JsonAsync();
        Assert.Equal("First", stored.Text("name"));
        Assert.Equal(10m, stored.GetProperty("price").GetDecimal());
        Assert.Equal(current, await Admin.ETagOfAsync(url));
    }

    [Fact]
    public async Task A_write_without_if_match_or_with_a_star_goes_through()
    {
        var url = await NewProductAsync();

        var plain = await Admin.PutJsonAsync(url, new { sku = "TAG-" + Guid.NewGuid().ToString("N")[..12], name = "Plain", category = "Footwear", price = 1m });
        var star = await Admin.PutIfMatchAsync(url, new { sku = "TAG-" + Guid.NewGuid().ToString("N")[..12], name = "Star", category = "Footwear", price = 2m }, "*");

        Assert.Equal(HttpStatusCode.OK, plain.StatusCode);
        Assert.Equal(HttpStatusCode.OK, star.StatusCode);
        Assert.Equal("Star", (await (await Admin.GetAsync(url)).JsonAsync()).Text("name"));
    }

    [Fact]
    public async Task A_weak_if_match_never_matches()
    {
        var url = await NewProductAsync();
        var tag = await Admin.ETagOfAsync(url);

        var response = await Admin.PutIfMatchAsync(url, new { sku = "TAG-" + Guid.NewGuid().ToString("N")[..12], name = "Weak", category = "Footwear", price = 1m }, "W/" + tag);

        await ConditionalRequests.AssertPreconditionFailedAsync(response);
        Assert.Equal("Trail Shoe", (await (await Admin.GetAsync(url)).JsonAsync()).Text("name"));
    }

    [Fact]
    public async Task An_unquoted_if_match_names_no_tag_and_is_a_412_not_a_server_error()
    {
        var url = await NewProductAsync();
        var tag = await Admin.ETagOfAsync(url);

        var response = await Admin.PutIfMatchAsync(url, new { sku = "TAG-" + Guid.NewGuid().ToString("N")[..12], name = "Bare", category = "Footwear", price = 1m }, tag.Trim('"'));

        await ConditionalRequests.AssertPreconditionFailedAsync(response);
        Assert.Equal(tag, await Admin.ETagOfAsync(url));
    }

    [Fact]
    public async Task Two_product_writes_sent_at_once_with_the_same_tag_let_exactly_one_through()
    {
        for (var round = 0; round < 5; round++)
        {
            var url = await NewProductAsync();
            var tag = await Admin.ETagOfAsync(url);

            var statuses = await ConditionalRequests.RaceAsync(
                () => Admin.PutIfMatchAsync(url, new { sku = "TAG-" + Guid.NewGuid().ToString("N")[..12], name = "Left", category = "Footwear", price = 1m }, tag),
                () => Admin.PutIfMatchAsync(url, new { sku = "TAG-" + Guid.NewGuid().ToString("N")[..12], name = "Right", category = "Footwear", price = 2m }, tag));

            Assert.Single(statuses, s => s == HttpStatusCode.OK);
            Assert.Single(statuses, s => s == HttpStatusCode.PreconditionFailed);
        }
    }

    [Fact]
    public async Task Two_warehouse_writes_sent_at_once_with_the_same_tag_let_exactly_one_through()
    {
        for (var round = 0; round < 5; round++)
        {
            var url = await NewWarehouseAsync();
            var tag = await Admin.ETagOfAsync(url);

            var statuses = await ConditionalRequests.RaceAsync(
                () => Admin.PutIfMatchAsync(url, new { name = "Left", priority = 1 }, tag),
                () => Admin.PutIfMatchAsync(url, new { name = "Right", priority = 2 }, tag));

            Assert.Single(statuses, s => s == HttpStatusCode.OK);
            Assert.Single(statuses, s => s == HttpStatusCode.PreconditionFailed);
        }
    }

    [Fact]
    public async Task A_warehouse_write_with_a_stale_if_match_is_a_412_and_with_the_current_one_goes_through()
    {
        var url = await NewWarehouseAsync();
        var stale = await Admin.ETagOfAsync(url);
        (await Admin.PutJsonAsync(url, new { priority = 7 })).EnsureSuccessStatusCode();
        var current = await Admin.ETagOfAsync(url);
        Assert.NotEqual(stale, current);

        await ConditionalRequests.AssertPreconditionFailedAsync(await Admin.PutIfMatchAsync(url, new { name = "Stale" }, stale));
        Assert.Equal("Tagged", (await (await Admin.GetAsync(url)).JsonAsync()).Text("name"));

        var put = await Admin.PutIfMatchAsync(url, new { name = "Current" }, current);
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal(ConditionalRequests.StrongETag(put), await Admin.ETagOfAsync(url));
        Assert.Equal(HttpStatusCode.NotModified, (await Admin.GetIfNoneMatchAsync(url, ConditionalRequests.StrongETag(put))).StatusCode);
    }

    [Fact]
    public async Task An_account_answers_one_tag_at_both_its_addresses_and_a_stale_if_match_changes_nothing()
    {
        var customer = await host.NewCustomerAsync();
        var url = $"/v1/users/{customer.Id}";
        var stale = await customer.Client.ETagOfAsync(url);
        Assert.Equal(stale, await customer.Client.ETagOfAsync("/v1/users/me"));
        (await customer.Client.PutJsonAsync(url, new { full_name = "First Name" })).EnsureSuccessStatusCode();

        await ConditionalRequests.AssertPreconditionFailedAsync(await customer.Client.PutIfMatchAsync(url, new { full_name = "Second Name" }, stale));

        Assert.Equal("First Name", (await (await customer.Client.GetAsync(url)).JsonAsync()).Text("full_name"));
        var current = await customer.Client.ETagOfAsync(url);
        Assert.NotEqual(stale, current);
        var put = await customer.Client.PutIfMatchAsync(url, new { full_name = "Third Name" }, current);
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal(ConditionalRequests.StrongETag(put), await Admin.ETagOfAsync(url));
    }

    [Fact]
    public async Task A_read_only_resource_answers_a_tag_that_follows_its_content()
    {
        var product = await host.ProductAsync(price: 5m, stock: 3);
        var url = $"/v1/inventory/{product}";
        var tag = await Admin.ETagOfAsync(url);
        Assert.Equal(tag, await Admin.ETagOfAsync(url));
        Assert.Equal(HttpStatusCode.NotModified, (await Admin.GetIfNoneMatchAsync(url, tag)).StatusCode);

        var warehouse = (await (await Admin.GetAsync(url)).JsonAsync()).GetProperty("warehouses")[0].Text("warehouse");
        (await Admin.PostJsonAsync("/v1/inventory", new { product_id = product, warehouse, quantity = 2 })).EnsureSuccessStatusCode();

        Assert.NotEqual(tag, await Admin.ETagOfAsync(url));
    }
}

public sealed class SqliteConditionalRequestsTests(SqliteHost host) : ConditionalRequestsTests(host), IClassFixture<SqliteHost>;

public sealed class PostgresConditionalRequestsTests(PostgresHost host) : ConditionalRequestsTests(host), IClassFixture<PostgresHost>;
