using Eci.Admin.Pages.Admin;
using Eci.Testing;
using Xunit;

namespace Eci.AdminTests;

/// <summary>The console in a real browser against the real host: who gets in, and an operator's refund end to end.</summary>
public sealed class OperatorConsoleTests(ConsoleHost host) : IClassFixture<ConsoleHost>
{
    [Fact]
    public void An_anonymous_visitor_is_sent_to_sign_in_and_sees_no_orders()
    {
        using var browser = ConsoleBrowser.Open(host);

        browser.Go("/admin/orders");

        browser.WaitForPath("/admin/sign-in");
        Assert.Equal("?ReturnUrl=%2Fadmin%2Forders", browser.Url.Query);
        Assert.False(browser.Has("table"));
        browser.Screenshot("sign-in");
    }

    [Fact]
    public async Task A_customer_signing_in_is_refused_and_gets_no_session()
    {
        var customer = await host.NewCustomerAsync();
        using var browser = ConsoleBrowser.Open(host);

        browser.SignIn(customer.Email, customer.Password);

        Assert.Equal(SignInAttemptModel.NotAnOperator, browser.Text("#sign-in-error"));
        browser.Go("/admin");
        browser.WaitForPath("/admin/sign-in");
    }

    [Fact]
    public void A_wrong_password_is_refused_with_the_apis_message()
    {
        using var browser = ConsoleBrowser.Open(host);

        browser.SignIn(EciHostFactory.AdminEmail, "not-the-password");

        Assert.Equal(SignInAttemptModel.WrongCredentials, browser.Text("#sign-in-error"));
        Assert.Equal("/admin/sign-in/attempt", browser.Url.AbsolutePath);
    }

    [Fact]
    public async Task An_operator_finds_an_order_placed_through_the_api_and_refunds_it()
    {
        var product = await host.ProductAsync(25m, stock: 5, name: "Kettle " + Guid.NewGuid().ToString("N")[..6]);
        var shopper = await host.ShopperAsync();
        var placed = await shopper.PlacedAsync(Shop.Order(null, (product, 2)));
        var orderId = placed.GetProperty("id").GetString()!;
        Assert.Equal("paid", (await host.OrderAsync(orderId)).GetProperty("payment_status").GetString());
        using var browser = ConsoleBrowser.Open(host);

        browser.Go("/admin/orders");
        browser.SignIn(EciHostFactory.AdminEmail, EciHostFactory.AdminPassword);
        browser.WaitForPath("/admin/orders");
        browser.Go("/admin");
        browser.Screenshot("overview");
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        browser.Go($"/admin/orders?customer={shopper.Id}&placed=2020-01-01");
        Assert.False(browser.Has($"a[href='/admin/orders/{orderId}']"));
        browser.Go($"/admin/orders?customer={shopper.Id}&placed={today}");
        browser.Screenshot("orders");
        browser.Follow($"a[href='/admin/orders/{orderId}']");
        browser.WaitForPath($"/admin/orders/{orderId}");
        Assert.Equal("paid", browser.Text("#order-payment-status .tag"));
        Assert.Equal("3", browser.Text($"[data-stock-available='{product}']"));
        Assert.Contains("Order placed: 2 items in 1 line", browser.Text("#order-timeline [data-timeline-type='order.placed']"), StringComparison.Ordinal);
        Assert.True(browser.Has("#order-timeline [data-timeline-type='payment.succeeded']"));
        browser.Screenshot("order");

        browser.Find("#refund-reason").SendKeys("Arrived broken");
        browser.Follow("#refund-submit");
        Assert.Equal("Tick the box to confirm the refund.", browser.Text("#refund-confirm-error"));
        Assert.Equal("paid", browser.Text("#order-payment-status .tag"));

        browser.Find("#refund-confirm").Click();
        browser.Follow("#refund-submit");

        Assert.Equal("The refund was recorded.", browser.Text("#notice"));
        Assert.Equal("refunded", browser.Text("#order-payment-status .tag"));
        Assert.Equal("cancelled", browser.Text("#order-status .tag"));
        Assert.Equal("5", browser.Text($"[data-stock-available='{product}']"));
        browser.Screenshot("order-refunded");
        var order = await host.OrderAsync(orderId);
        Assert.Equal("refunded", order.GetProperty("payment_status").GetString());
        Assert.Equal(5, (await host.StockAsync(product)).Figures().Available);
    }

    [Fact]
    public async Task An_operator_finds_products_stock_customers_and_notifications_from_the_navigation()
    {
        var name = "Teapot " + Guid.NewGuid().ToString("N")[..8];
        var product = await host.ProductAsync(12.5m, stock: 7, name: name);
        var shopper = await host.ShopperAsync();
        await shopper.PlacedAsync(Shop.Order(null, (product, 1)));
        using var browser = ConsoleBrowser.Open(host);
        browser.SignIn(EciHostFactory.AdminEmail, EciHostFactory.AdminPassword);
        browser.WaitForPath("/admin");

        browser.Follow("nav a[href='/admin/catalog']");
        browser.WaitForPath("/admin/catalog");
        browser.Find("#q").SendKeys(name);
        browser.Follow("form[role=search] button");
        Assert.Equal(name, browser.Text("#products tbody tr td:nth-child(3)"));
        Assert.Equal("6", browser.Text("#products tbody tr td:nth-child(7)"));
        browser.Screenshot("catalog");
        browser.Follow($"a[href='/admin/inventory/{product}']");
        Assert.Equal("6", browser.Text("#stock-available"));
        browser.Go("/admin");
        browser.Follow("#card-low-stock");
        Assert.True(browser.Has($"#low-stock a[href='/admin/inventory/{product}']"));

        browser.Follow("nav a[href='/admin/customers']");
        browser.Find("#email").SendKeys(shopper.Email);
        browser.Follow("form[role=search] button");
        browser.Follow($"a[href='/admin/customers/{shopper.Id}']");
        Assert.Equal(shopper.Email, browser.Text("#account dd:nth-of-type(2)"));
        Assert.Single(browser.Driver.FindElements(OpenQA.Selenium.By.CssSelector("#customer-orders tbody tr")));
        browser.Screenshot("customer");

        browser.Follow("nav a[href='/admin/notifications']");
        browser.WaitForPath("/admin/notifications");
        Assert.Equal("Notifications", browser.Text("h1"));
        browser.Screenshot("notifications");
    }

    [Fact]
    public async Task An_operator_creates_a_product_with_the_apis_validation_receives_stock_and_takes_it_off_sale()
    {
        var sku = "CON-" + Guid.NewGuid().ToString("N")[..10];
        var warehouse = "W" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        (await host.AdminClient.PostJsonAsync("/v1/inventory/warehouses", new { code = warehouse, name = "Console", priority = 1 })).EnsureSuccessStatusCode();
        using var browser = ConsoleBrowser.Open(host);
        browser.SignIn(EciHostFactory.AdminEmail, EciHostFactory.AdminPassword);
        browser.WaitForPath("/admin");

        browser.Go("/admin/catalog/product");
        browser.Find("#product-sku").SendKeys("not a sku!");
        browser.Find("#product-category").SendKeys("Kitchen");
        browser.Find("#product-price").SendKeys("9.999");
        browser.Follow("#product-save");
        Assert.Contains("more decimals than INR allows", browser.Text("#product-price-error"), StringComparison.Ordinal);
        browser.Find("#product-price").Clear();
        browser.Find("#product-price").SendKeys("9.99");
        browser.Follow("#product-save");
        Assert.Equal("A SKU is letters, digits, '.', '_' and '-'.", browser.Text("#product-sku-error"));
        Assert.NotEmpty(browser.Text("#product-name-error"));
        browser.Screenshot("product-validation");

        browser.Find("#product-sku").Clear();
        browser.Find("#product-sku").SendKeys(sku);
        browser.Find("#product-name").SendKeys("Console kettle");
        browser.Follow("#product-save");
        Assert.Equal("Saved.", browser.Text("#notice"));
        var productId = int.Parse(browser.Url.AbsolutePath.Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture);
        var product = await (await host.Client.GetAsync($"/v1/products/{productId}")).JsonAsync();
        Assert.Equal(sku, product.GetProperty("sku").GetString());
        Assert.Equal(9.99m, product.GetProperty("price").GetDecimal());

        browser.Go($"/admin/inventory/{productId}");
        browser.Find("#receive-warehouse").SendKeys(warehouse);
        browser.Find("#receive-amount").SendKeys("12");
        browser.Find("#receive-reason").SendKeys("Pallet from the supplier");
        browser.Follow("#receive-submit");
        Assert.Equal("The stock change was recorded.", browser.Text("#notice"));
        Assert.Equal("12", browser.Text("#stock-available"));
        browser.Find("#adjust-warehouse").SendKeys(warehouse);
        browser.Find("#adjust-amount").SendKeys("-20");
        browser.Find("#adjust-reason").SendKeys("Counted");
        browser.Follow("#adjust-submit");
        Assert.NotEmpty(browser.Text("#problem"));
        Assert.Equal(12, (await host.StockAsync(productId)).Figures().Available);
        browser.Go($"/admin/inventory/{productId}?audit=true");
        Assert.StartsWith("Consistent", browser.Text("#audit-result"), StringComparison.Ordinal);
        browser.Screenshot("stock");

        browser.Go($"/admin/catalog/product/{productId}");
        browser.Find("#deactivate-confirm").Click();
        browser.Follow("#deactivate-submit");
        Assert.Equal("Saved.", browser.Text("#notice"));
        Assert.False((await (await host.Client.GetAsync($"/v1/products/{productId}")).JsonAsync()).GetProperty("is_active").GetBoolean());
    }

    [Fact]
    public async Task An_operator_issues_a_password_token_with_which_the_customer_sets_a_password()
    {
        var customer = await host.NewCustomerAsync();
        using var browser = ConsoleBrowser.Open(host);
        browser.SignIn(EciHostFactory.AdminEmail, EciHostFactory.AdminPassword);
        browser.WaitForPath("/admin");

        browser.Go($"/admin/customers/{customer.Id}");
        browser.Find("#token-confirm").Click();
        browser.Follow("#token-submit");
        var token = browser.Text("#password-token .mono");

        var set = await host.Client.PostJsonAsync("/v1/users/password", new { email = customer.Email, token, password = "a-new-password-from-a-token" });
        Assert.True(set.IsSuccessStatusCode, await set.Content.ReadAsStringAsync());
        (await host.SignedInClientAsync(customer.Email, "a-new-password-from-a-token")).Dispose();
    }

    [Fact]
    public async Task An_operator_ships_one_order_cannot_cancel_it_afterwards_and_cancels_another()
    {
        var product = await host.ProductAsync(30m, stock: 5);
        var shopper = await host.ShopperAsync();
        var shipped = (await shopper.PlacedAsync(Shop.Order(null, (product, 2)))).GetProperty("id").GetString()!;
        var cancelled = (await shopper.PlacedAsync(Shop.Order(null, (product, 1)))).GetProperty("id").GetString()!;
        using var browser = ConsoleBrowser.Open(host);
        browser.SignIn(EciHostFactory.AdminEmail, EciHostFactory.AdminPassword);
        browser.WaitForPath("/admin");

        browser.Go($"/admin/orders/{shipped}");
        browser.Find(".shipment select option[value='shipped']").Click();
        browser.Find(".shipment input[name='Confirm']").Click();
        browser.Follow(".shipment .shipment-submit");
        Assert.Equal("The shipment's status was changed.", browser.Text("#notice"));
        browser.ReloadUntil($"[data-stock-on-hand='{product}']", "3");
        browser.Find("#cancel-confirm").Click();
        browser.Follow("#cancel-submit");
        Assert.Contains("Conflict", browser.Text("#problem"), StringComparison.Ordinal);
        Assert.Equal("fulfilling", browser.Text("#order-status .tag"));

        browser.Go($"/admin/orders/{cancelled}");
        Assert.Equal("2", browser.Text($"[data-stock-available='{product}']"));
        browser.Find("#cancel-confirm").Click();
        browser.Follow("#cancel-submit");
        Assert.Equal("The order was cancelled.", browser.Text("#notice"));
        Assert.Equal("cancelled", browser.Text("#order-status .tag"));
        Assert.Equal("refunded", browser.Text("#order-payment-status .tag"));
        Assert.Equal("3", browser.Text($"[data-stock-available='{product}']"));
        Assert.Equal("cancelled", (await host.OrderAsync(cancelled)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task An_order_from_two_warehouses_shows_two_shipments_and_each_form_moves_its_own()
    {
        var product = await host.ProductAsync(12m, stock: 1);
        var second = "S" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();
        (await host.AdminClient.PostJsonAsync("/v1/inventory/warehouses", new { code = second, name = "Second", priority = 2 })).EnsureSuccessStatusCode();
        (await host.AdminClient.PostJsonAsync("/v1/inventory", new { product_id = product, warehouse = second, quantity = 1 })).EnsureSuccessStatusCode();
        var shopper = await host.ShopperAsync();
        var orderId = (await shopper.PlacedAsync(Shop.Order(null, (product, 2)))).GetProperty("id").GetString()!;
        using var browser = ConsoleBrowser.Open(host);
        browser.SignIn(EciHostFactory.AdminEmail, EciHostFactory.AdminPassword);
        browser.WaitForPath("/admin");

        browser.Go($"/admin/orders/{orderId}");
        browser.ReloadUntil("#order-status .tag", "fulfilling");
        var shipments = browser.Driver.FindElements(OpenQA.Selenium.By.CssSelector("section.shipment"));
        Assert.Equal(2, shipments.Count);
        var target = shipments[1].GetAttribute("data-shipment");
        var other = shipments[0].GetAttribute("data-shipment");
        var section = $"section[data-shipment='{target}']";
        browser.Find($"{section} select option[value='shipped']").Click();
        browser.Find($"{section} input[name='Confirm']").Click();
        browser.Follow($"{section} .shipment-submit");

        Assert.Equal("The shipment's status was changed.", browser.Text("#notice"));
        Assert.Equal("shipped", browser.Text($"[data-shipment-status='{target}'] .tag"));
        Assert.Equal("preparing", browser.Text($"[data-shipment-status='{other}'] .tag"));
        Assert.True(browser.Has("#order-timeline [data-timeline-type='shipment.status_changed']"));
    }

    [Fact]
    public void Signing_out_ends_the_session()
    {
        using var browser = ConsoleBrowser.Open(host);
        browser.SignIn(EciHostFactory.AdminEmail, EciHostFactory.AdminPassword);
        browser.WaitForPath("/admin");

        browser.Follow(".sign-out button");

        browser.WaitForPath("/admin/sign-in");
        browser.Go("/admin/orders");
        browser.WaitForPath("/admin/sign-in");
    }
}
