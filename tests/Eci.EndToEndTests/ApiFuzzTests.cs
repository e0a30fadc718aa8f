using System.Text;
using System.Text.Json;
using Eci.Testing;
using Xunit;

namespace Eci.EndToEndTests;

/// <summary>
/// Every operation of /openapi/v1.json, as an admin and as a customer, with hostile path values, query values and
/// bodies: malformed JSON, wrong types, huge and negative numbers, overlong strings, unicode edge cases, missing and
/// extra fields. Nothing may answer 5xx, and every 4xx is problem details.
/// </summary>
public abstract class ApiFuzzTests(HostFixture host)
{
    private static readonly string[] HostileTexts =
    [
        "", " ", new string('x', 5000), "-1", "0", "99999999999999999999", "1e309", "NaN", "\u0000", "😀🛒",
        "\u202Eevil", "' OR 1=1 --", "<script>alert(1)</script>", "../../etc/passwd", "%00", "true",
    ];

    private static readonly string[] HostileJson =
    [
        "\"\"", "\"" + new string('y', 20_000) + "\"", "-1", "0", "-9223372036854775809", "99999999999999999999999", "1e308",
        "-1.5", "0.000000001", "true", "null", "[]", "{}", "[1,\"a\",null]", "\"\\ud800\"", "\"\\u0000\"", "\"😀\"",
        "\"2026-13-45T99:99:99Z\"", "\"not-a-guid\"", "\"00000000-0000-0000-0000-000000000000\"",
    ];

    private static readonly string[] MalformedBodies =
    [
        "", "{", "}", "[1,2", "null", "[]", "\"text\"", "123", "{\"a\":}", "{'single':'quotes'}", "{\"a\":1,}",
        new string('[', 5000) + new string(']', 5000), "{\"x\":\"" + new string('z', 200_000) + "\"}",
    ];

    [Fact]
    public async Task No_operation_answers_hostile_input_with_a_server_error()
    {
        host.RequireProvider();
        var document = JsonDocument.Parse(await host.Client.GetStringAsync("/openapi/v1.json")).RootElement;
        var customer = await host.NewCustomerAsync();
        var failures = new List<string>();
        var sent = 0;

        foreach (var operation in Operations(document))
        {
            foreach (var request in Requests(document, operation))
            {
                foreach (var client in new[] { host.AdminClient, customer.Client })
                {
                    using var message = request.ToMessage();
                    var response = await client.SendAsync(message);
                    sent++;
                    if (Problem(response) is { } problem)
                    {
                        failures.Add($"{request.Method} {request.Url} {Shorten(request.Body)} → {problem}");
                    }
                }
            }
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"{sent} requests sent, {failures.Count} failed");
        Assert.True(sent > 2000, $"only {sent} requests were sent");
        Assert.True(failures.Count == 0, $"{failures.Count} of {sent} requests failed:\n" + string.Join("\n", failures.Take(40)));
    }

    private static string? Problem(HttpResponseMessage response)
    {
        var status = (int)response.StatusCode;
        if (status >= 500)
        {
            return $"{status} {response.Content.ReadAsStringAsync().Result}";
        }

        var mediaType = response.Content.Headers.ContentType?.MediaType;
        return status >= 400 && mediaType != "application/problem+json" ? $"{status} as {mediaType ?? "no content type"}" : null;
    }

    private static string Shorten(string? body) => body is null ? "" : body.Length > 80 ? body[..80] + "…" : body;

    private sealed record Operation(string Method, string Path, JsonElement Definition);

    private sealed record FuzzRequest(string Method, string Url, string? Body)
    {
        public HttpRequestMessage ToMessage()
        {
            var message = new HttpRequestMessage(new HttpMethod(Method), Url);
            if (Body is not null)
            {
                message.Content = new StringContent(Body, Encoding.UTF8, "application/json");
            }

            if (Method is "POST" or "PUT")
            {
                message.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
            }

            return message;
        }
    }

    private static IEnumerable<Operation> Operations(JsonElement document) =>
        document.GetProperty("paths").EnumerateObject()
            .Where(path => path.Name.StartsWith("/v1/", StringComparison.Ordinal))
            .SelectMany(path => path.Value.EnumerateObject()
                .Where(op => op.Name is "get" or "post" or "put" or "delete" or "patch")
                .Select(op => new Operation(op.Name.ToUpperInvariant(), path.Name, op.Value)));

    /// <summary>Hostile values one at a time: each path value, each query value, then each body, with the rest plausible.</summary>
    private static IEnumerable<FuzzRequest> Requests(JsonElement document, Operation operation)
    {
        var parameters = operation.Definition.TryGetProperty("parameters", out var list) ? list.EnumerateArray().ToList() : [];
        var pathNames = parameters.Where(p => p.GetProperty("in").GetString() == "path").Select(p => p.GetProperty("name").GetString()!).ToList();
        var queryNames = parameters.Where(p => p.GetProperty("in").GetString() == "query").Select(p => p.GetProperty("name").GetString()!).ToList();
        var hasBody = operation.Definition.TryGetProperty("requestBody", out var requestBody);
        var plainBody = hasBody ? "{}" : null;

        string Url(string? hostileName = null, string? hostileValue = null)
        {
            var path = operation.Path;
            foreach (var name in pathNames)
            {
                var value = name == hostileName ? hostileValue! : name.Contains("code", StringComparison.Ordinal) ? "WH1" : "1000000";
                path = path.Replace("{" + name + "}", Uri.EscapeDataString(value), StringComparison.Ordinal);
            }

            return path;
        }

        yield return new FuzzRequest(operation.Method, Url(), plainBody);
        foreach (var name in pathNames)
        {
            // A NUL in the path never reaches the application: the server refuses the request line.
            foreach (var value in HostileTexts.Where(v => v.Trim().Length > 0 && !v.Contains('\0', StringComparison.Ordinal)).Append(Guid.Empty.ToString()).Append("2147483648"))
            {
                yield return new FuzzRequest(operation.Method, Url(name, value), plainBody);
            }
        }

        foreach (var name in queryNames)
        {
            foreach (var value in HostileTexts)
            {
                yield return new FuzzRequest(operation.Method, $"{Url()}?{Uri.EscapeDataString(name)}={Uri.EscapeDataString(value)}", plainBody);
            }
        }

        if (!hasBody)
        {
            yield break;
        }

        foreach (var body in MalformedBodies)
        {
            yield return new FuzzRequest(operation.Method, Url(), body);
        }

        var properties = Properties(document, requestBody);
        foreach (var property in properties)
        {
            foreach (var value in HostileJson)
            {
                yield return new FuzzRequest(operation.Method, Url(), $"{{{JsonSerializer.Serialize(property)}:{value}}}");
            }
        }

        yield return new FuzzRequest(operation.Method, Url(), "{" + string.Join(",", properties.Select((p, i) => $"{JsonSerializer.Serialize(p)}:{HostileJson[i % HostileJson.Length]}")) + ",\"role\":\"admin\",\"extra\":[1]}");
    }

    /// <summary>The property names of a request body's JSON schema, following <c>$ref</c>s into the components.</summary>
    private static List<string> Properties(JsonElement document, JsonElement requestBody)
    {
        if (!requestBody.TryGetProperty("content", out var content) || !content.TryGetProperty("application/json", out var json)
            || !json.TryGetProperty("schema", out var schema))
        {
            return [];
        }

        for (var depth = 0; schema.TryGetProperty("$ref", out var reference) && depth < 5; depth++)
        {
            var name = reference.GetString()!.Split('/')[^1];
            schema = document.GetProperty("components").GetProperty("schemas").GetProperty(name);
        }

        return schema.TryGetProperty("properties", out var properties) ? properties.EnumerateObject().Select(p => p.Name).ToList() : [];
    }
}

public sealed class SqliteApiFuzzTests(SqliteHost host) : ApiFuzzTests(host), IClassFixture<SqliteHost>;

public sealed class PostgresApiFuzzTests(PostgresHost host) : ApiFuzzTests(host), IClassFixture<PostgresHost>;
