using System.Net;
using Eci.Modules.Notifications.Contracts;
using Eci.Modules.Orders.Contracts;
using Eci.Modules.Payments.Contracts;
using Eci.Shared.Contracts;
using Eci.Testing;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Eci.Modules.Notifications.Tests;

/// <summary>What customers are told about their orders, end to end over HTTP, with e-mail going out over real SMTP.</summary>
public abstract class OrderNotificationsTests(MailHost host)
{
    [Fact]
    public async Task A_paid_order_emails_the_customer_one_confirmation_with_a_message_id_of_its_own()
    {
        var product = await host.ProductAsync("Brass Lamp", 250m);
        var customer = await host.NewCustomerAsync();

        var order = await customer.PlaceAsync(product, 2);

        var orderId = order.Text("id");
        var seen = await customer.Client.OrderNotificationsAsync(orderId,
            all => all.Any(n => n.Text("type") == "order_confirmation" && n.Text("status") == "sent"));
        var confirmation = Assert.Single(seen, n => n.Text("type") == "order_confirmation");
        Assert.Equal(("email", "sent", 1, customer.Email), (confirmation.Text("channel"), confirmation.Text("status"), confirmation.GetProperty("attempts").GetInt32(), confirmation.Text("recipient")));
        Assert.Contains(orderId, confirmation.Text("subject"), StringComparison.Ordinal);
        var body = confirmation.Text("body");
        Assert.Contains("Hello Test Customer", body, StringComparison.Ordinal);
        Assert.Contains("2 x Brass Lamp at 250.00 INR = 500.00 INR", body, StringComparison.Ordinal);
        Assert.Contains("Total paid: " + order.GetProperty("total").GetDecimal().ToString("N2", System.Globalization.CultureInfo.InvariantCulture), body, StringComparison.Ordinal);
        var mail = Assert.Single(host.Smtp.To(customer.Email));
        Assert.Contains(orderId, mail.Data, StringComparison.Ordinal);
        Assert.Equal($"<notification.{Guid.Parse(confirmation.Text("id")):N}@eci.local>", SmtpEmailSenderShould.MessageId(mail.Data));
        Assert.Contains("text/html", mail.Data, StringComparison.Ordinal);
        var one = await customer.Client.GetAsync($"/v1/notifications/{confirmation.Text("id")}");
        Assert.Equal(HttpStatusCode.OK, one.StatusCode);
        Assert.Equal(confirmation.Text("id"), (await one.JsonAsync()).Text("id"));
    }

    [Fact]
    public async Task A_customer_with_a_phone_number_also_gets_a_text_message()
    {
        var product = await host.ProductAsync("Silk Scarf", 90m);
        var email = $"p{Guid.NewGuid():N}@example.com";
        var phone = "+9198" + Random.Shared.Next(10_000_000, 99_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        (await host.Client.PostJsonAsync("/v1/users/register", new { email, full_name = "Meera Iyer", password = "correct-horse-battery", phone })).EnsureSuccessStatusCode();
        var client = await host.SignedInClientAsync(email, "correct-horse-battery");
        var customer = new TestCustomer(0, email, "correct-horse-battery", client);

        var order = await customer.PlaceAsync(product, 1);

        var seen = await client.OrderNotificationsAsync(order.Text("id"), all => all.Count(n => n.Text("status") == "sent") == 2);
        var sms = Assert.Single(seen, n => n.Text("channel") == "sms");
        Assert.Single(seen, n => n.Text("channel") == "email");
        Assert.Equal(("order_confirmation", phone, "sent"), (sms.Text("type"), sms.Text("recipient"), sms.Text("status")));
        var posted = Assert.Single(host.Sms.Received, p => p.Text("to") == phone);
        Assert.Contains(order.Text("id"), posted.Text("message"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_declined_order_gets_one_message_its_cancellation_saying_the_payment_was_declined()
    {
        var product = await host.ProductAsync("Clay Pot", 80m);
        var customer = await host.NewCustomerAsync();

        var order = await customer.PlaceAsync(product, 1, "tok_card_declined");

        Assert.Equal("cancelled", order.Text("status"));
        var orderId = order.Text("id");
        var seen = await customer.Client.OrderNotificationsAsync(orderId, all => all.Any(n => n.Text("type") == "order_cancelled" && n.Text("status") == "sent"));
        // The payment's own failure event, delivered (again) as its outbox would: it adds no message to the order's.
        var payment = Assert.Single(await host.QueryAsync(new GetOrderPayments(Guid.Parse(orderId))));
        await host.InScopeAsync(async sp =>
        {
            await sp.GetRequiredService<IPublisher>().Publish(
                new PaymentFailed(payment.Id, Guid.Parse(orderId), customer.Id, payment.Amount, payment.FailureCode!, payment.UpdatedAt));
            return true;
        });
        var all = await host.QueryAsync(new GetOrderNotifications(Guid.Parse(orderId)));

        var cancelled = Assert.Single(seen);
        Assert.Equal("order_cancelled", Assert.Single(all).Type);
        Assert.Contains("was cancelled: the payment was declined", cancelled.Text("subject"), StringComparison.Ordinal);
        var body = cancelled.Text("body");
        Assert.Contains("because the payment was declined", body, StringComparison.Ordinal);
        var total = order.GetProperty("total").GetDecimal().ToString("N2", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains($"We could not take the payment of {total} INR: card declined. No money was taken.", body, StringComparison.Ordinal);
        Assert.DoesNotContain("refunded", body, StringComparison.Ordinal);
        Assert.Single(host.Smtp.To(customer.Email));
    }

    [Fact]
    public async Task A_failed_payment_for_no_known_order_is_told_as_a_payment_failure()
    {
        var customer = await host.NewCustomerAsync();
        var orderId = Guid.NewGuid().ToString();

        await host.InScopeAsync(async sp =>
        {
            await sp.GetRequiredService<IPublisher>().Publish(
                new PaymentFailed(Guid.NewGuid(), Guid.Parse(orderId), customer.Id, new Money(4200, "INR"), "card_declined", DateTime.UtcNow));
            return true;
        });

        var only = Assert.Single(await host.QueryAsync(new GetOrderNotifications(Guid.Parse(orderId))));
        Assert.Equal(("payment_failed", customer.Id), (only.Type, only.CustomerId));
        Assert.Equal($"Payment for order {orderId} failed", only.Subject);
    }

    [Fact]
    public async Task Shipping_and_delivery_are_announced_with_the_carrier_and_tracking_number()
    {
        var product = await host.ProductAsync("Teak Stool", 40m);
        var customer = await host.NewCustomerAsync();
        var order = await customer.PlaceAsync(product, 1);
        var shipment = await (await host.AdminClient.GetAsync($"/v1/shipments/{order.Text("shipment_id")}")).JsonAsync();

        foreach (var status in new[] { "shipped", "in_transit", "out_for_delivery", "delivered" })
        {
            (await host.AdminClient.PutJsonAsync($"/v1/shipments/{shipment.Text("id")}/status", new { status })).EnsureSuccessStatusCode();
        }

        var seen = await customer.Client.OrderNotificationsAsync(order.Text("id"),
            all => all.Count(n => n.Text("type") is "order_confirmation" or "order_shipped" or "order_delivered" && n.Text("status") == "sent") == 3);
        var shipped = Assert.Single(seen, n => n.Text("type") == "order_shipped");
        Assert.Single(seen, n => n.Text("type") == "order_delivered");
        Assert.Contains(shipment.Text("tracking_number"), shipped.Text("body"), StringComparison.Ordinal);
        Assert.Contains("with " + shipment.Text("carrier"), shipped.Text("body"), StringComparison.Ordinal);
        Assert.Equal(["order_confirmation", "order_delivered", "order_shipped"], seen.Select(n => n.Text("type")).Order());
    }

    [Fact]
    public async Task An_event_published_twice_queues_its_notifications_once()
    {
        var customer = await host.NewCustomerAsync();
        var orderId = Guid.NewGuid();
        var placed = new OrderPaid(orderId, customer.Id, new Money(1500, "INR"), Guid.NewGuid(), DateTime.UtcNow);

        await host.InScopeAsync(async sp =>
        {
            var publisher = sp.GetRequiredService<IPublisher>();
            await publisher.Publish(placed);
            await publisher.Publish(placed);
            return true;
        });
        await host.InScopeAsync(async sp =>
        {
            await sp.GetRequiredService<IPublisher>().Publish(placed);
            return true;
        });

        var notifications = await host.QueryAsync(new GetOrderNotifications(orderId));
        var only = Assert.Single(notifications);
        Assert.Equal(("order_confirmation", customer.Id), (only.Type, only.CustomerId));
    }

    [Fact]
    public async Task A_customer_sees_only_their_own_notifications()
    {
        var product = await host.ProductAsync("Cane Basket", 30m);
        var owner = await host.NewCustomerAsync();
        var stranger = await host.NewCustomerAsync();
        var order = await owner.PlaceAsync(product, 1);
        var mine = await owner.Client.OrderNotificationsAsync(order.Text("id"), all => all.Count > 0);
        var id = Assert.Single(mine).Text("id");

        var theirs = await stranger.Client.GetAsync($"/v1/notifications/{id}");
        var listed = await stranger.Client.NotificationsAsync("&order_id=" + order.Text("id"));
        var admin = await host.AdminClient.GetAsync($"/v1/notifications/{id}");

        Assert.Equal(HttpStatusCode.NotFound, theirs.StatusCode);
        Assert.Equal("application/problem+json", theirs.Content.Headers.ContentType?.MediaType);
        Assert.Empty(listed);
        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
    }

    [Fact]
    public async Task An_admin_writes_to_anyone_and_bad_input_is_a_validation_problem()
    {
        host.RequireProvider();
        var recipient = $"r{Guid.NewGuid():N}@example.com";

        var sent = await host.AdminClient.PostJsonAsync("/v1/notifications", new { type = "email", recipient, subject = "Store hours", message = "We open at nine." });
        var invalid = await host.AdminClient.PostJsonAsync("/v1/notifications", new { type = "pigeon", recipient = "", message = "" });
        var badEmail = await host.AdminClient.PostJsonAsync("/v1/notifications", new { type = "email", recipient = "not-an-address", subject = "x", message = "y" });
        var badStatus = await host.AdminClient.GetAsync("/v1/notifications?status=lost");
        var injected = await host.AdminClient.PostJsonAsync("/v1/notifications", new { type = "email", recipient, subject = "Hi\r\nBcc: all@example.com", message = "y" });
        var bell = await host.AdminClient.PostJsonAsync("/v1/notifications", new { type = "sms", recipient = "+919845012345", subject = "Ring\u0007", message = "y" });
        var customer = await host.NewCustomerAsync();
        var forbidden = await customer.Client.PostJsonAsync("/v1/notifications", new { type = "email", recipient, subject = "s", message = "m" });

        Assert.Equal(HttpStatusCode.Created, sent.StatusCode);
        var id = (await sent.JsonAsync()).Text("id");
        var delivered = await Poll.UntilAsync(async () => await (await host.AdminClient.GetAsync($"/v1/notifications/{id}")).JsonAsync(), n => n.Text("status") == "sent");
        Assert.Equal(("sent", "admin_message"), (delivered.Text("status"), delivered.Text("type")));
        Assert.Contains("We open at nine.", Assert.Single(host.Smtp.To(recipient)).Data, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, invalid.StatusCode);
        var errors = (await invalid.JsonAsync()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("type", out _) && errors.TryGetProperty("recipient", out _) && errors.TryGetProperty("message", out _), errors.ToString());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, badEmail.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, badStatus.StatusCode);
        foreach (var refused in new[] { injected, bell })
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
            Assert.True((await refused.JsonAsync()).GetProperty("errors").TryGetProperty("subject", out _));
        }

        Assert.Single(host.Smtp.To(recipient));
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
    }
}

public sealed class SqliteOrderNotificationsTests(SqliteMailHost host) : OrderNotificationsTests(host), IClassFixture<SqliteMailHost>;

public sealed class PostgresOrderNotificationsTests(PostgresMailHost host) : OrderNotificationsTests(host), IClassFixture<PostgresMailHost>;

public sealed class MySqlOrderNotificationsTests(MySqlMailHost host) : OrderNotificationsTests(host), IClassFixture<MySqlMailHost>;
