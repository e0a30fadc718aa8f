using System.Net;
using Eci.Testing;
using Xunit;

namespace Eci.Modules.Notifications.Tests.Webhooks;

/// <summary>What a webhook may point at and subscribe to, on a host that keeps private networks out (the default).</summary>
public sealed class WebhookValidationTests(PostgresHost host) : IClassFixture<PostgresHost>
{
    [Theory]
    [InlineData("https://127.0.0.1/hook")]
    [InlineData("https://localhost/hook")]
    [InlineData("https://10.1.2.3/hook")]
    [InlineData("https://192.168.0.10/hook")]
    [InlineData("https://169.254.169.254/latest/meta-data")]
    [InlineData("https://[::1]/hook")]
    [InlineData("http://93.184.215.14/hook")]
    [InlineData("/relative/hook")]
    public async Task A_private_plain_or_relative_address_is_refused_with_422(string url)
    {
        var response = await host.AdminClient.PostJsonAsync("/v1/webhooks", new { url, events = new[] { "order.paid" } });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("url", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var list = await (await host.AdminClient.GetAsync("/v1/webhooks")).JsonAsync();
        Assert.DoesNotContain(list.EnumerateArray(), w => w.Text("url") == url);
    }

    [Fact]
    public async Task An_unknown_event_type_is_refused_and_a_public_https_address_is_taken()
    {
        var unknown = await host.AdminClient.PostJsonAsync("/v1/webhooks", new { url = "https://93.184.215.14/hook", events = new[] { "order.exploded" } });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unknown.StatusCode);

        var taken = await host.AdminClient.PostJsonAsync("/v1/webhooks", new { url = "https://93.184.215.14/hook", events = new[] { "*" } });
        Assert.Equal(HttpStatusCode.Created, taken.StatusCode);
        var id = (await taken.JsonAsync()).Text("id");

        var rotated = await host.AdminClient.PostJsonAsync($"/v1/webhooks/{id}/rotate-secret", new { });
        Assert.Equal(HttpStatusCode.OK, rotated.StatusCode);
        Assert.NotEqual((await taken.JsonAsync()).Text("secret"), (await rotated.JsonAsync()).Text("secret"));
        Assert.Equal(HttpStatusCode.NoContent, (await host.AdminClient.DeleteAsync($"/v1/webhooks/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await host.AdminClient.GetAsync($"/v1/webhooks/{id}")).StatusCode);
    }
}
