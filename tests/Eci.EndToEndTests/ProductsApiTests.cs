using System.Net;
using System.Text;
using System.Text.Json;
using Eci.Testing;
using Xunit;

namespace Eci.EndToEndTests;

/// <summary>The catalog over HTTP through the real host; run once per database provider.</summary>
public abstract class ProductsApiTests(HostFixture host)
{
    private HttpClient Client
    {
        get
        {
            host.RequireProvider();
            return host.AdminClient;
        }
    }

    private static string UniqueSku() => "SKU-" + Guid.NewGuid().ToString("N")[..12];

    private static object NewProduct(string? sku = null, string name = "Trail Shoe", string category = "Footwear", decimal price = 1299.99m, string? currency = null) =>
        new { sku = sku ?? UniqueSku(), name, description = "Light and quick", category, price, currency };

    private async Task<JsonElement> CreateAsync(object product)
    {
        var response = await Client.PostJsonAsync("/v1/products", product);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.JsonAsync();
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.JsonAsync();
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.Equal(code, problem.GetProperty("code").GetString());
        Assert.Equal("urn:eci:problem:" + code, problem.GetProperty("type").GetString());
        Assert.DoesNotContain("   at ", problem.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_answers_201_with_location_and_the_stored_product()
    {
        var sku = UniqueSku();
        var response = await Client.PostJsonAsync("/v1/products", NewProduct(sku, price: 706.68m));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.JsonAsync();
        var id = created.GetProperty("id").GetInt32();
        Assert.Equal($"/v1/products/{id}", response.Headers.Location?.OriginalString);
        Assert.Equal(706.68m, created.GetProperty("price").GetDecimal());
        Assert.Equal("INR", created.GetProperty("currency").GetString());
        Assert.True(created.GetProperty("is_active").GetBoolean());

        var fetched = await (await Client.GetAsync($"/v1/products/{id}")).JsonAsync();
        Assert.Equal(sku, fetched.GetProperty("sku").GetString());
        Assert.Equal("Light and quick", fetched.GetProperty("description").GetString());
    }

    [Fact]
    public async Task A_duplicate_sku_in_another_letter_case_is_a_409()
    {
        var sku = UniqueSku();
        await CreateAsync(NewProduct(sku));

        var response = await Client.PostJsonAsync("/v1/products", NewProduct(sku.ToLowerInvariant()));

        await AssertProblemAsync(response, HttpStatusCode.Conflict, "duplicate_sku");
    }

    [Fact]
    public async Task Invalid_fields_are_a_422_that_names_each_field()
    {
        var response = await Client.PostJsonAsync("/v1/products", new
        {
            sku = new string('X', 65),
            name = "  ",
            description = new string('d', 2001),
            category = "Books",
            price = -1m,
            currency = "ZZZ",
        });

        await AssertProblemAsync(response, HttpStatusCode.UnprocessableEntity, "validation_failed");
        var errors = (await response.JsonAsync()).GetProperty("errors");
        foreach (var field in new[] { "sku", "name", "description", "price", "currency" })
        {
            Assert.True(errors.TryGetProperty(field, out _), $"expected an error for '{field}' in {errors}");
        }

        Assert.False(errors.TryGetProperty("category", out _));
    }

    [Fact]
    public async Task Missing_required_fields_are_a_422_not_a_400()
    {
        var response = await Client.PostJsonAsync("/v1/products", new { description = "only this" });

        await AssertProblemAsync(response, HttpStatusCode.UnprocessableEntity, "validation_failed");
        var errors = (await response.JsonAsync()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("sku", out _));
        Assert.True(errors.TryGetProperty("price", out _));
    }

    [Theory]
    [InlineData(12.345, "INR")]
    [InlineData(10.5, "JPY")]
    [InlineData(12.345, null)]
    public async Task A_price_with_more_decimals_than_its_currency_is_a_422(decimal price, string? currency)
    {
        var response = await Client.PostJsonAsync("/v1/products", NewProduct(price: price, currency: currency));

        await AssertProblemAsync(response, HttpStatusCode.UnprocessableEntity, "validation_failed");
    }

    [Fact]
    public async Task Prices_keep_their_currency_decimals_exactly()
    {
        var created = await CreateAsync(NewProduct(price: 2.5m, currency: "kwd"));

        Assert.Equal(2.5m, created.GetProperty("price").GetDecimal());
        Assert.Equal("KWD", created.GetProperty("currency").GetString());
    }

    [Theory]
    [InlineData("{\"sku\": ")]
    [InlineData("{\"sku\":\"A1\",\"name\":\"n\",\"category\":\"c\",\"price\":\"twelve\"}")]
    [InlineData("[1,2,3]")]
    public async Task Malformed_json_is_a_400_problem(string body)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        var response = await Client.PostAsync("/v1/products", content);

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "bad_request");
    }

    [Fact]
    public async Task A_json_value_of_the_wrong_type_is_a_400_naming_its_path_and_no_internal_type()
    {
        var detail = await BadRequestDetailAsync("{\"price\":\"x\"}");

        Assert.Contains("$.price", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("Eci.", detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("null")]
    public async Task A_missing_body_is_a_400_that_asks_for_one(string body)
    {
        var detail = await BadRequestDetailAsync(body);

        Assert.Equal("A JSON body is required.", detail);
        Assert.DoesNotContain("Service", detail, StringComparison.Ordinal);
    }

    private async Task<string> BadRequestDetailAsync(string body)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        var response = await Client.PostAsync("/v1/products", content);

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "bad_request");
        return (await response.JsonAsync()).GetProperty("detail").GetString()!;
    }

    [Fact]
    public async Task A_body_over_the_limit_is_a_413_problem()
    {
        using var content = new StringContent("{\"name\":\"" + new string('a', 1_100_000) + "\"}", Encoding.UTF8, "application/json");
        var response = await Client.PostAsync("/v1/products", content);

        await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, "payload_too_large");
    }

    [Fact]
    public async Task An_unknown_product_is_a_404_problem()
    {
        await AssertProblemAsync(await Client.GetAsync("/v1/products/987654321"), HttpStatusCode.NotFound, "not_found");
        await AssertProblemAsync(await Client.PutJsonAsync("/v1/products/987654321", NewProduct()), HttpStatusCode.NotFound, "not_found");
        await AssertProblemAsync(await Client.DeleteAsync("/v1/products/987654321"), HttpStatusCode.NotFound, "not_found");
    }

    [Fact]
    public async Task Update_replaces_fields_and_keeps_omitted_optional_ones()
    {
        var created = await CreateAsync(NewProduct(price: 100m, currency: "USD"));
        var id = created.GetProperty("id").GetInt32();
        var sku = UniqueSku();

        var response = await Client.PutJsonAsync($"/v1/products/{id}", new { sku, name = "Renamed", category = "Outdoor", price = 120.50m });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var updated = await response.JsonAsync();
        Assert.Equal(sku, updated.GetProperty("sku").GetString());
        Assert.Equal("Renamed", updated.GetProperty("name").GetString());
        Assert.Equal(120.50m, updated.GetProperty("price").GetDecimal());
        Assert.Equal("USD", updated.GetProperty("currency").GetString());
        Assert.Equal("Light and quick", updated.GetProperty("description").GetString());
        Assert.True(updated.GetProperty("updated_at").GetDateTime() > created.GetProperty("updated_at").GetDateTime());
    }

    [Fact]
    public async Task Update_to_a_sku_another_product_has_is_a_409()
    {
        var first = await CreateAsync(NewProduct());
        var second = await CreateAsync(NewProduct());

        var response = await Client.PutJsonAsync($"/v1/products/{second.GetProperty("id").GetInt32()}",
            new { sku = first.GetProperty("sku").GetString(), name = "x", category = "y", price = 1m });

        await AssertProblemAsync(response, HttpStatusCode.Conflict, "duplicate_sku");
    }

    [Fact]
    public async Task Delete_deactivates_and_the_product_stays_readable()
    {
        var id = (await CreateAsync(NewProduct())).GetProperty("id").GetInt32();

        Assert.Equal(HttpStatusCode.NoContent, (await Client.DeleteAsync($"/v1/products/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await Client.DeleteAsync($"/v1/products/{id}")).StatusCode);

        var product = await (await Client.GetAsync($"/v1/products/{id}")).JsonAsync();
        Assert.False(product.GetProperty("is_active").GetBoolean());
    }

    [Fact]
    public async Task List_pages_filters_and_sorts()
    {
        var category = "Cat-" + Guid.NewGuid().ToString("N")[..8];
        foreach (var price in new[] { 30m, 10m, 20m, 50m, 40m })
        {
            await CreateAsync(NewProduct(category: category, price: price));
        }

        var page = await (await Client.GetAsync($"/v1/products?category={category.ToUpperInvariant()}&sort=price&order=desc&page=2&page_size=2")).JsonAsync();

        Assert.Equal(5, page.GetProperty("total").GetInt64());
        Assert.Equal(2, page.GetProperty("page").GetInt32());
        Assert.Equal(2, page.GetProperty("page_size").GetInt32());
        Assert.Equal(new[] { 30m, 20m }, page.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("price").GetDecimal()));
    }

    [Fact]
    public async Task The_category_filter_ignores_letter_case_beyond_ascii()
    {
        var category = "Ünïcode-" + Guid.NewGuid().ToString("N")[..8];
        var id = (await CreateAsync(NewProduct(category: category))).GetProperty("id").GetInt32();

        foreach (var asked in new[] { category.ToUpperInvariant(), category.ToLowerInvariant() })
        {
            var page = await (await Client.GetAsync($"/v1/products?category={Uri.EscapeDataString(asked)}")).JsonAsync();

            Assert.Equal(id, Assert.Single(page.GetProperty("items").EnumerateArray()).GetProperty("id").GetInt32());
        }
    }

    [Fact]
    public async Task List_filters_by_is_active()
    {
        var category = "Cat-" + Guid.NewGuid().ToString("N")[..8];
        await CreateAsync(NewProduct(category: category));
        var retired = (await CreateAsync(NewProduct(category: category))).GetProperty("id").GetInt32();
        await Client.DeleteAsync($"/v1/products/{retired}");

        var inactive = await (await Client.GetAsync($"/v1/products?category={category}&is_active=false")).JsonAsync();

        Assert.Equal(retired, Assert.Single(inactive.GetProperty("items").EnumerateArray()).GetProperty("id").GetInt32());
    }

    [Theory]
    [InlineData("page_size=101")]
    [InlineData("page_size=0")]
    [InlineData("page=0")]
    [InlineData("page=2147483647&page_size=100")]
    [InlineData("page=21474837&page_size=1")]
    [InlineData("sort=colour")]
    [InlineData("order=sideways")]
    public async Task Bad_paging_or_sorting_is_a_422(string query)
    {
        await AssertProblemAsync(await Client.GetAsync("/v1/products?" + query), HttpStatusCode.UnprocessableEntity, "validation_failed");
    }

    [Fact]
    public async Task The_last_page_allowed_is_an_empty_page_not_an_overflow()
    {
        var response = await Client.GetAsync("/v1/products?page=21474836&page_size=100");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.JsonAsync();
        Assert.Empty(page.GetProperty("items").EnumerateArray());
        Assert.Equal(21474836, page.GetProperty("page").GetInt32());
    }

    [Theory]
    [InlineData("page=first", "'page'")]
    [InlineData("page_size=many", "'page_size'")]
    [InlineData("is_active=maybe", "'is_active'")]
    public async Task A_query_value_of_the_wrong_type_is_a_400_naming_the_parameter_as_sent(string query, string named)
    {
        var response = await Client.GetAsync("/v1/products?" + query);

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "bad_request");
        var detail = (await response.JsonAsync()).GetProperty("detail").GetString()!;
        Assert.Contains(named, detail, StringComparison.Ordinal);
        foreach (var internalName in new[] { "Int32", "Boolean", "Nullable", "int?", "bool?", "pageSize", "isActive" })
        {
            Assert.DoesNotContain(internalName, detail, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Search_matches_names_case_insensitively_within_a_price_range()
    {
        var category = "Cat-" + Guid.NewGuid().ToString("N")[..8];
        var marker = Guid.NewGuid().ToString("N")[..6];
        await CreateAsync(NewProduct(name: $"Blue {marker} Kettle", category: category, price: 25m));
        await CreateAsync(NewProduct(name: $"Red {marker} kettle", category: category, price: 75m));
        await CreateAsync(NewProduct(name: $"Red {marker} Teapot", category: category, price: 30m));

        var found = await (await Client.GetAsync($"/v1/products/search?name={marker.ToUpperInvariant()}%20KETTLE&category={category}&min_price=20&max_price=50")).JsonAsync();

        var item = Assert.Single(found.GetProperty("items").EnumerateArray());
        Assert.Equal($"Blue {marker} Kettle", item.GetProperty("name").GetString());
        Assert.Equal(1, found.GetProperty("total").GetInt64());
    }

    [Theory]
    [InlineData("max_price=1.001")]
    [InlineData("max_price=-5")]
    [InlineData("min_price=-1")]
    [InlineData("currency=ABC&min_price=1")]
    public async Task A_bad_price_bound_is_a_422(string query)
    {
        await AssertProblemAsync(await Client.GetAsync("/v1/products/search?" + query), HttpStatusCode.UnprocessableEntity, "validation_failed");
    }

    [Fact]
    public async Task An_update_that_keeps_the_stored_currency_checks_the_price_against_it()
    {
        var id = (await CreateAsync(NewProduct(price: 1500m, currency: "JPY"))).GetProperty("id").GetInt32();

        var response = await Client.PutJsonAsync($"/v1/products/{id}", new { sku = UniqueSku(), name = "n", category = "c", price = 100.5m });

        await AssertProblemAsync(response, HttpStatusCode.UnprocessableEntity, "validation_failed");
        Assert.True((await response.JsonAsync()).GetProperty("errors").TryGetProperty("price", out _));
    }

    [Fact]
    public async Task An_update_that_keeps_the_stored_currency_accepts_the_decimals_it_allows()
    {
        var id = (await CreateAsync(NewProduct(price: 2.5m, currency: "KWD"))).GetProperty("id").GetInt32();

        var response = await Client.PutJsonAsync($"/v1/products/{id}", new { sku = UniqueSku(), name = "n", category = "c", price = 1.235m });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var updated = await response.JsonAsync();
        Assert.Equal(1.235m, updated.GetProperty("price").GetDecimal());
        Assert.Equal("KWD", updated.GetProperty("currency").GetString());
    }

    [Fact]
    public async Task Times_read_back_are_utc()
    {
        var id = (await CreateAsync(NewProduct())).GetProperty("id").GetInt32();

        var product = await (await Client.GetAsync($"/v1/products/{id}")).JsonAsync();

        Assert.EndsWith("Z", product.GetProperty("created_at").GetString(), StringComparison.Ordinal);
        Assert.EndsWith("Z", product.GetProperty("updated_at").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_with_min_price_above_max_price_is_a_422()
    {
        var response = await Client.GetAsync("/v1/products/search?min_price=50&max_price=10");

        await AssertProblemAsync(response, HttpStatusCode.UnprocessableEntity, "validation_failed");
        Assert.True((await response.JsonAsync()).GetProperty("errors").TryGetProperty("max_price", out _));
    }
}

public sealed class SqliteProductsApiTests(SqliteHost host) : ProductsApiTests(host), IClassFixture<SqliteHost>;

public sealed class PostgresProductsApiTests(PostgresHost host) : ProductsApiTests(host), IClassFixture<PostgresHost>;
