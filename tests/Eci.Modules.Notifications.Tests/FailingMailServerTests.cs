using Eci.Testing;
using Xunit;

namespace Eci.Modules.Notifications.Tests;

/// <summary>A mail server that refuses everything: the notification is retried, then failed; the order is unaffected.</summary>
public abstract class FailingMailServerTests(MailHost host)
{
    [Fact]
    public async Task A_refused_email_is_retried_then_marked_failed_and_the_order_stands()
    {
        var product = await host.ProductAsync("Iron Kettle", 120m);
        var customer = await host.NewCustomerAsync();
        var before = host.Smtp.Connections;

        var order = await customer.PlaceAsync(product, 1);

        var orderId = order.Text("id");
        var seen = await host.AdminClient.OrderNotificationsAsync(orderId, all => all.Any(n => n.Text("status") == "failed"));
        var failed = Assert.Single(seen, n => n.Text("type") == "order_confirmation");
        Assert.Equal(("failed", 3), (failed.Text("status"), failed.GetProperty("attempts").GetInt32()));
        Assert.Contains("554", failed.Text("last_error"), StringComparison.Ordinal);
        Assert.True(failed.GetProperty("sent_at").ValueKind == System.Text.Json.JsonValueKind.Null);
        Assert.True(host.Smtp.Connections - before >= 3, $"{host.Smtp.Connections - before} connections");
        Assert.Empty(host.Smtp.To(customer.Email));
        var listed = await host.AdminClient.NotificationsAsync("&status=failed&order_id=" + orderId);
        Assert.Equal(failed.Text("id"), Assert.Single(listed).Text("id"));
        var now = await (await customer.Client.GetAsync($"/v1/orders/{orderId}")).JsonAsync();
        Assert.Equal(("fulfilling", "paid"), (now.Text("status"), now.Text("payment_status")));
    }
}

public sealed class SqliteFailingMailServerTests(SqliteRefusingMailHost host) : FailingMailServerTests(host), IClassFixture<SqliteRefusingMailHost>;

public sealed class PostgresFailingMailServerTests(PostgresRefusingMailHost host) : FailingMailServerTests(host), IClassFixture<PostgresRefusingMailHost>;
