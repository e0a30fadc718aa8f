using System.Net;
using Eci.Testing;
using Xunit;

namespace Eci.AdminTests;

/// <summary>A console session ends when its account's credentials change; a host of its own, since the admin's password changes.</summary>
public sealed class RevokedSessionTests(ConsoleHost host) : IClassFixture<ConsoleHost>
{
    [Fact]
    public async Task A_new_password_ends_the_operators_open_session()
    {
        using var browser = ConsoleBrowser.Open(host);
        browser.SignIn(EciHostFactory.AdminEmail, EciHostFactory.AdminPassword);
        browser.WaitForPath("/admin");
        browser.Go("/admin/orders");
        browser.WaitForPath("/admin/orders");

        var adminId = (await (await host.AdminClient.GetAsync("/v1/users/me")).JsonAsync()).GetProperty("id").GetInt32();
        var token = (await (await host.AdminClient.PostJsonAsync($"/v1/users/{adminId}/password-token", new { })).JsonAsync()).GetProperty("token").GetString();
        var reset = await host.Client.PostJsonAsync("/v1/users/password", new { email = EciHostFactory.AdminEmail, token, password = "a-brand-new-password-2" });
        Assert.True(reset.IsSuccessStatusCode, await reset.Content.ReadAsStringAsync());

        browser.Go("/admin/orders");

        browser.WaitForPath("/admin/sign-in");
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.AdminClient.GetAsync("/v1/users/me")).StatusCode);
    }
}
