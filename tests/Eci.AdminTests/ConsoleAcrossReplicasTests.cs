using System.Net;
using System.Text.RegularExpressions;
using Eci.Testing;
using Npgsql;
using Xunit;

namespace Eci.AdminTests;

/// <summary>
/// A console session opened on one replica is good on every other: the keys behind the cookie and the antiforgery
/// token are kept in the shared database, not on one machine (ADR 0049).
/// </summary>
public sealed partial class ConsoleAcrossReplicasTests(ReplicaPair pair) : IClassFixture<ReplicaPair>
{
    [Fact]
    public async Task A_console_cookie_from_one_replica_opens_the_console_on_the_other()
    {
        Assert.SkipWhen(pair.First is null || pair.Second is null, TestDatabase.SkipReason);
        var first = pair.First!.Factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        var second = pair.Second!.Factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });

        var form = await first.GetAsync("/admin/sign-in");
        var antiforgeryCookie = Cookies(form);
        var token = AntiforgeryField().Match(await form.Content.ReadAsStringAsync()).Groups[1].Value;
        using var attempt = new HttpRequestMessage(HttpMethod.Post, "/admin/sign-in/attempt")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Email"] = EciHostFactory.AdminEmail,
                ["Password"] = EciHostFactory.AdminPassword,
                ["__RequestVerificationToken"] = token,
            }),
        };
        attempt.Headers.Add("Cookie", antiforgeryCookie);
        var signIn = await first.SendAsync(attempt);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var session = Cookies(signIn);

        using var elsewhere = new HttpRequestMessage(HttpMethod.Get, "/admin/orders");
        elsewhere.Headers.Add("Cookie", session);
        var page = await second.SendAsync(elsewhere);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        using var forged = new HttpRequestMessage(HttpMethod.Get, "/admin/orders");
        forged.Headers.Add("Cookie", session[..^4] + "AAAA");
        var refused = await second.SendAsync(forged);
        Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);
        Assert.True(await KeysInTheDatabaseAsync() >= 1, "the key ring is not in the shared database");
    }

    private async Task<long> KeysInTheDatabaseAsync()
    {
        await using var connection = new NpgsqlConnection(pair.ConnectionString("customers"));
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand("SELECT count(*) FROM customers.data_protection_keys WHERE xml LIKE '%<key %'", connection);
        return (long)(await count.ExecuteScalarAsync())!;
    }

    private static string Cookies(HttpResponseMessage response) =>
        string.Join("; ", response.Headers.TryGetValues("Set-Cookie", out var values)
            ? values.Select(v => v.Split(';')[0])
            : []);

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
