using System.Net;
using Eci.Shared.Persistence;
using Eci.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Eci.EndToEndTests;

/// <summary>What the host serves beside the modules: health, API documents, and problems for unknown routes.</summary>
public abstract class HostApiTests(HostFixture host)
{
    private HttpClient Client
    {
        get
        {
            host.RequireProvider();
            return host.Client;
        }
    }

    [Theory]
    [InlineData("/health")]
    [InlineData("/v1/health")]
    [InlineData("/health/ready")]
    public async Task Readiness_reports_every_module_database_healthy(string path)
    {
        var response = await Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = await response.JsonAsync();
        Assert.Equal("healthy", report.GetProperty("status").GetString());
        foreach (var module in Host.EciModules.All)
        {
            var check = report.GetProperty("checks").GetProperty(module.Name.ToLowerInvariant() + "-db");
            Assert.Equal("healthy", check.GetProperty("status").GetString());
        }
    }

    [Fact]
    public async Task Module_contexts_run_on_their_compiled_models_on_postgresql_only()
    {
        var contexts = await host.InScopeAsync(sp => ValueTask.FromResult(Host.EciModules.All
            .SelectMany(m => m.GetType().Assembly.GetTypes())
            .Where(t => t.IsSubclassOf(typeof(DbContext)) && !t.IsAbstract)
            .Select(t => (DbContext)sp.GetRequiredService(t))
            .Select(db => (Context: db.GetType().Name, OnPostgres: db.Database.RunsOnPostgres(),
                OnCompiledModel: ReferenceEquals(db.Model, CompiledModels.PostgresModelOf(db.GetType()))))
            .ToList()));

        Assert.Equal(Host.EciModules.All.Count, contexts.Count);
        Assert.All(contexts, c => Assert.True(c.OnPostgres == c.OnCompiledModel,
            $"{c.Context}: on PostgreSQL {c.OnPostgres}, on its compiled model {c.OnCompiledModel}"));
    }

    [Fact]
    public async Task Liveness_checks_no_database()
    {
        var report = await (await Client.GetAsync("/health/live")).JsonAsync();

        Assert.Equal("healthy", report.GetProperty("status").GetString());
        Assert.Empty(report.GetProperty("checks").EnumerateObject());
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("HEAD")]
    [InlineData("POST")]
    public async Task Liveness_answers_any_method_and_is_never_cached(string method)
    {
        var response = await Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), "/health/live"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.CacheControl is { NoStore: true, NoCache: true }, "the probe's answer may be cached");
        Assert.Contains("no-cache", response.Headers.Pragma.Select(p => p.Name));
        Assert.Equal(DateTimeOffset.UnixEpoch, response.Content.Headers.Expires);
        if (method != "HEAD")
        {
            var report = await response.JsonAsync();
            Assert.Equal(["status", "duration_ms", "checks"], report.EnumerateObject().Select(p => p.Name));
            Assert.Equal(0, report.GetProperty("duration_ms").GetDouble());
        }
    }

    [Fact]
    public async Task The_openapi_document_describes_the_v1_catalog()
    {
        var response = await Client.GetAsync("/openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var paths = (await response.JsonAsync()).GetProperty("paths");
        Assert.True(paths.TryGetProperty("/v1/products", out _));
        Assert.True(paths.TryGetProperty("/v1/products/{id}", out _));
        Assert.True(paths.TryGetProperty("/v1/products/search", out _));
    }

    [Fact]
    public async Task The_reference_page_is_served_at_docs()
    {
        var response = await Client.GetAsync("/docs");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task An_unknown_route_is_a_404_problem()
    {
        var response = await Client.GetAsync("/v1/no-such-thing");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("not_found", (await response.JsonAsync()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_wrong_method_is_a_405_problem()
    {
        var response = await Client.PatchAsync("/v1/products", null);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("method_not_allowed", (await response.JsonAsync()).GetProperty("code").GetString());
    }
}

public sealed class SqliteHostApiTests(SqliteHost host) : HostApiTests(host), IClassFixture<SqliteHost>;

public sealed class PostgresHostApiTests(PostgresHost host) : HostApiTests(host), IClassFixture<PostgresHost>;
