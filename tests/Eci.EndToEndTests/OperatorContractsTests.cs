using Eci.Modules.Catalog.Contracts;
using Eci.Modules.Customers.Contracts;
using Eci.Modules.Inventory.Contracts;
using Eci.Modules.Notifications.Contracts;
using Eci.Modules.Orders.Contracts;
using Eci.Shared.Contracts;
using Eci.Shared.Errors;
using Eci.Testing;
using FluentValidation;
using Xunit;

namespace Eci.EndToEndTests;

/// <summary>The contracts the operator console uses, sent through the mediator as the console sends them, on each database.</summary>
public abstract class OperatorContractsTests(HostFixture host)
{
    [Fact]
    public async Task Credentials_are_checked_with_the_apis_lockout()
    {
        var customer = await host.NewCustomerAsync();

        var account = await host.SendAsync(new VerifyCredentials(customer.Email, customer.Password));

        Assert.Equal(customer.Id, account.CustomerId);
        Assert.Equal("customer", account.Role);
        Assert.Equal(await host.QueryAsync(new GetSecurityStamp(customer.Id)), account.SecurityStamp);
        for (var i = 0; i < 5; i++)
        {
            await Assert.ThrowsAsync<UnauthorizedException>(() => host.SendAsync(new VerifyCredentials(customer.Email, "wrong-password-" + i)));
        }

        await Assert.ThrowsAsync<UnauthorizedException>(() => host.SendAsync(new VerifyCredentials(customer.Email, customer.Password)));
    }

    [Fact]
    public async Task Orders_are_found_by_customer_and_counted_in_the_days_figures()
    {
        var since = DateTime.UtcNow.AddMinutes(-1);
        var product = await host.ProductAsync(40m, stock: 3);
        var shopper = await host.ShopperAsync();
        var placed = await shopper.PlacedAsync(Shop.Order(null, (product, 1)));

        var page = await host.QueryAsync(new SearchOrders(new PageRequest(1, 10), CustomerId: shopper.Id));
        var statistics = await host.QueryAsync(new GetOrderStatistics(since, DateTime.UtcNow.AddHours(-1)));
        var future = await host.QueryAsync(new GetOrderStatistics(DateTime.UtcNow.AddDays(1), DateTime.UtcNow.AddHours(-1)));
        var placedToday = await host.QueryAsync(new SearchOrders(new PageRequest(), CustomerId: shopper.Id, PlacedFrom: since, PlacedBefore: DateTime.UtcNow.AddMinutes(1)));
        var placedYesterday = await host.QueryAsync(new SearchOrders(new PageRequest(), CustomerId: shopper.Id, PlacedBefore: since));

        var order = Assert.Single(page.Items);
        Assert.Equal(Guid.Parse(placed.GetProperty("id").GetString()!), order.Id);
        Assert.Equal(1, page.Total);
        Assert.Equal(product, Assert.Single(order.Lines).ProductId);
        var view = await host.QueryAsync(new GetOrderView(order.Id));
        Assert.NotNull(view);
        Assert.Equal(order.Total, view.Total);
        Assert.Equal(order.Status, view.Status);
        Assert.True(statistics.Placed >= 1);
        Assert.Contains(statistics.Revenue, m => m.Currency == order.Total.Currency && m.Minor >= order.Total.Minor);
        Assert.Equal(1, placedToday.Total);
        Assert.Equal(0, placedYesterday.Total);
        Assert.Equal(0, future.Placed);
        Assert.Empty(future.Revenue);
        await Assert.ThrowsAsync<ValidationException>(() => host.QueryAsync(new SearchOrders(new PageRequest(), Status: "lost")));
    }

    [Fact]
    public async Task A_product_saved_through_the_contract_keeps_the_apis_rules_and_stays_searchable_off_sale()
    {
        var sku = "OPS-" + Guid.NewGuid().ToString("N")[..10];

        var invalid = await Assert.ThrowsAsync<ValidationException>(() =>
            host.SendAsync(new SaveProduct(null, "bad sku!", "", "Kitchen", new Money(999, "INR"))));
        var saved = await host.SendAsync(new SaveProduct(null, sku, "Operator kettle", "Kitchen", new Money(1999, "INR")));
        await host.SendAsync(new TakeProductOffSale(saved.Id));
        var found = await host.QueryAsync(new SearchProducts(new PageRequest(), sku.ToLowerInvariant()));

        Assert.Contains(invalid.Errors, e => e.PropertyName.Equals("sku", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(invalid.Errors, e => e.PropertyName.Equals("name", StringComparison.OrdinalIgnoreCase));
        var product = Assert.Single(found.Items);
        Assert.Equal(saved.Id, product.Id);
        Assert.False(product.IsActive);
        Assert.Equal(new Money(1999, "INR"), product.Price);
    }

    [Fact]
    public async Task Stock_received_twice_with_one_key_is_received_once()
    {
        var product = await host.ProductAsync(5m, stock: 0);
        var warehouse = "K" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        (await host.AdminClient.PostJsonAsync("/v1/inventory/warehouses", new { code = warehouse, name = "Ops", priority = 1 })).EnsureSuccessStatusCode();
        var key = Guid.NewGuid().ToString();

        await host.SendAsync(new ReceiveStockAt(product, warehouse, 7, "Pallet", key));
        await host.SendAsync(new ReceiveStockAt(product, warehouse, 7, "Pallet", key));

        Assert.Equal(7, Assert.Single(await host.QueryAsync(new GetAvailability([product]))).OnHand);
        await Assert.ThrowsAsync<ConflictException>(() => host.SendAsync(new AdjustStockAt(product, warehouse, -8, "Counted", Guid.NewGuid().ToString())));
        Assert.True((await host.QueryAsync(new GetStockAudit())).Consistent);
    }

    [Fact]
    public async Task Products_at_or_below_their_threshold_are_reported_low()
    {
        var low = await host.ProductAsync(5m, stock: 4);
        var plenty = await host.ProductAsync(5m, stock: 500);

        var report = await host.QueryAsync(new GetLowStock(GetLowStock.MaxLimit));

        var row = Assert.Single(report.Products, p => p.ProductId == low);
        Assert.Equal(4, row.Available);
        Assert.Equal(10, row.Threshold);
        Assert.DoesNotContain(report.Products, p => p.ProductId == plenty);
        Assert.True(report.Count >= report.Products.Count);
    }

    [Fact]
    public async Task Customers_and_notifications_are_searched_across_every_account()
    {
        var customer = await host.NewCustomerAsync();

        var customers = await host.QueryAsync(new SearchCustomers(new PageRequest(), customer.Email[..12].ToUpperInvariant()));
        var queued = await host.QueryAsync(new SearchNotifications(new PageRequest(1, 100), "queued"));

        Assert.Equal(customer.Id, Assert.Single(customers.Items).CustomerId);
        Assert.All(queued.Items, n => Assert.Equal("queued", n.Status));
    }
}

public sealed class SqliteOperatorContractsTests(SqliteHost host) : OperatorContractsTests(host), IClassFixture<SqliteHost>;

public sealed class PostgresOperatorContractsTests(PostgresHost host) : OperatorContractsTests(host), IClassFixture<PostgresHost>;

public sealed class MySqlOperatorContractsTests(MySqlHost host) : OperatorContractsTests(host), IClassFixture<MySqlHost>;
