using Eci.Modules.Notifications.Contracts;
using Eci.Shared.Errors;
using Eci.Testing;
using Xunit;

namespace Eci.AdminTests;

/// <summary>A failed e-mail retried from the console is tried once more by the delivery worker; a sent one cannot be.</summary>
public sealed class NotificationRetryTests(FailingMailConsoleHost host) : IClassFixture<FailingMailConsoleHost>
{
    [Fact]
    public async Task An_operator_retries_a_failed_notification_and_the_worker_tries_it_again()
    {
        using var browser = ConsoleBrowser.Open(host);
        var id = await SendAsync("email", "someone@example.com");
        browser.SignIn(EciHostFactory.AdminEmail, EciHostFactory.AdminPassword);
        browser.WaitForPath("/admin");
        var row = $"tr[data-notification='{id}']";

        browser.Go("/admin/notifications?status=failed");
        browser.ReloadUntil($"{row} .tag", "failed");
        Assert.Equal("1", browser.Text($"{row} td.num"));
        browser.Follow($"{row} .retry-submit");
        Assert.Equal("Tick the box to confirm.", browser.Text($"{row} .field-error"));
        Assert.Equal("failed", browser.Text($"{row} .tag"));

        browser.Find($"{row} input[name='Confirm']").Click();
        browser.Follow($"{row} .retry-submit");
        Assert.Equal("The notification is queued to be sent again now.", browser.Text("#notice"));
        browser.ReloadUntil($"{row} td.num", "2");
        Assert.Equal("failed", browser.Text($"{row} .tag"));
    }

    [Fact]
    public async Task A_sent_notification_is_not_retried_and_an_unknown_one_is_not_found()
    {
        host.RequireProvider();
        var id = await SendAsync("sms", "+919876543210");
        var sent = await WaitForAsync(id, "sent");

        await Assert.ThrowsAsync<ConflictException>(() => host.SendAsync(new RetryNotification(id)));
        await Assert.ThrowsAsync<NotFoundException>(() => host.SendAsync(new RetryNotification(Guid.NewGuid())));
        Assert.Equal(sent.Attempts, (await WaitForAsync(id, "sent")).Attempts);
    }

    private async Task<Guid> SendAsync(string channel, string recipient)
    {
        var response = await host.AdminClient.PostJsonAsync("/v1/notifications", new { type = channel, recipient, subject = "Hello", message = "A message." });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return Guid.Parse((await response.JsonAsync()).GetProperty("id").GetString()!);
    }

    private async Task<NotificationDto> WaitForAsync(Guid id, string status)
    {
        for (var i = 0; i < 150; i++)
        {
            var page = await host.QueryAsync(new SearchNotifications(new Eci.Shared.Contracts.PageRequest(1, 50), status));
            if (page.Items.FirstOrDefault(n => n.Id == id) is { } found)
            {
                return found;
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"Notification {id} did not become {status}.");
    }
}
