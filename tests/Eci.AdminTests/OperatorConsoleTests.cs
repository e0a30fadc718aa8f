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
        browser.Go($"/admin/orders?customer={shopper.Id}");
        browser.Screenshot("orders");
        browser.Find($"a[href='/admin/orders/{orderId}']").Click();
        browser.WaitForPath($"/admin/orders/{orderId}");
        Assert.Equal("paid", browser.Text("#order-payment-status .tag"));
        Assert.Equal("3", browser.Text($"[data-stock-available='{product}']"));
        Assert.True(browser.Has("#order-timeline"));
        browser.Screenshot("order");

        browser.Find("#refund-reason").SendKeys("Arrived broken");
        browser.Find("#refund-submit").Click();
        Assert.Equal("Tick the box to confirm the refund.", browser.Text("#refund-confirm-error"));
        Assert.Equal("paid", browser.Text("#order-payment-status .tag"));

        browser.Find("#refund-confirm").Click();
        browser.Find("#refund-submit").Click();

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

        browser.Find("nav a[href='/admin/catalog']").Click();
        browser.WaitForPath("/admin/catalog");
        browser.Find("#q").SendKeys(name);
        browser.Find("form[role=search] button").Click();
        Assert.Equal(name, browser.Text("#products tbody tr td:nth-child(3)"));
        Assert.Equal("6", browser.Text("#products tbody tr td:nth-child(7)"));
        browser.Screenshot("catalog");
        browser.Find($"a[href='/admin/inventory/{product}']").Click();
        Assert.Equal("6", browser.Text("#stock-available"));
        browser.Screenshot("stock");

        browser.Find("nav a[href='/admin/customers']").Click();
        browser.Find("#email").SendKeys(shopper.Email);
        browser.Find("form[role=search] button").Click();
        browser.Find($"a[href='/admin/customers/{shopper.Id}']").Click();
        Assert.Equal(shopper.Email, browser.Text("#account dd:nth-of-type(2)"));
        Assert.Single(browser.Driver.FindElements(OpenQA.Selenium.By.CssSelector("#customer-orders tbody tr")));
        browser.Screenshot("customer");

        browser.Find("nav a[href='/admin/notifications']").Click();
        browser.WaitForPath("/admin/notifications");
        Assert.Equal("Notifications", browser.Text("h1"));
        browser.Screenshot("notifications");
    }

    [Fact]
    public void Signing_out_ends_the_session()
    {
        using var browser = ConsoleBrowser.Open(host);
        browser.SignIn(EciHostFactory.AdminEmail, EciHostFactory.AdminPassword);
        browser.WaitForPath("/admin");

        browser.Find(".sign-out button").Click();

        browser.WaitForPath("/admin/sign-in");
        browser.Go("/admin/orders");
        browser.WaitForPath("/admin/sign-in");
    }
}
