using System.Net;
using Eci.Testing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Xunit;

namespace Eci.EndToEndTests;

/// <summary>What the host accepts as a token: only its own, unexpired, correctly signed ones.</summary>
public sealed class TokenTests(SqliteHost host) : IClassFixture<SqliteHost>
{
    private string Token(string key, DateTime expires, string role = "admin", string issuer = "eci")
    {
        // The admin's own account and security stamp, so that only what each test changes decides the answer.
        var admin = new JsonWebToken(host.AdminClient.DefaultRequestHeaders.Authorization!.Parameter);
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = "eci-api",
            IssuedAt = expires.AddMinutes(-15),
            NotBefore = expires.AddMinutes(-15),
            Expires = expires,
            Claims = new Dictionary<string, object> { ["sub"] = admin.Subject, ["role"] = role, ["stamp"] = admin.GetClaim("stamp").Value },
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(System.Text.Encoding.UTF8.GetBytes(key)), SecurityAlgorithms.HmacSha256),
        });
    }

    [Fact]
    public async Task A_protected_endpoint_refuses_a_call_without_a_token()
    {
        var response = await host.Client.GetAsync("/v1/users/me");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_token_signed_with_the_host_key_is_accepted()
    {
        var response = await host.ClientWithToken(Token(host.Factory.SigningKey, DateTime.UtcNow.AddMinutes(5))).GetAsync("/v1/users");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task An_expired_token_is_refused()
    {
        var response = await host.ClientWithToken(Token(host.Factory.SigningKey, DateTime.UtcNow.AddMinutes(-5))).GetAsync("/v1/users");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_token_signed_with_another_key_is_refused()
    {
        var otherKey = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(48));

        var response = await host.ClientWithToken(Token(otherKey, DateTime.UtcNow.AddMinutes(5))).GetAsync("/v1/users");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_token_from_another_issuer_is_refused()
    {
        var response = await host.ClientWithToken(Token(host.Factory.SigningKey, DateTime.UtcNow.AddMinutes(5), issuer: "someone-else")).GetAsync("/v1/users");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task An_unsigned_token_is_refused()
    {
        var unsigned = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "eci",
            Audience = "eci-api",
            Expires = DateTime.UtcNow.AddMinutes(5),
            Claims = new Dictionary<string, object> { ["sub"] = "1", ["role"] = "admin" },
        });

        var response = await host.ClientWithToken(unsigned).GetAsync("/v1/users");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_customer_token_cannot_reach_admin_endpoints()
    {
        var response = await host.ClientWithToken(Token(host.Factory.SigningKey, DateTime.UtcNow.AddMinutes(5), role: "customer")).GetAsync("/v1/users");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
