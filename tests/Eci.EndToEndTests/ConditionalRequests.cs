using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Eci.Testing;
using Xunit;

namespace Eci.EndToEndTests;

/// <summary>Conditional GETs and PUTs as a client sends them: the tag read, then If-None-Match or If-Match with it.</summary>
internal static class ConditionalRequests
{
    public static async Task<string> ETagOfAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return StrongETag(response);
    }

    /// <summary>The response's ETag, asserted to be a strong, quoted tag.</summary>
    public static string StrongETag(HttpResponseMessage response)
    {
        var tag = response.Headers.ETag;
        Assert.NotNull(tag);
        Assert.False(tag.IsWeak);
        Assert.StartsWith("\"", tag.Tag, StringComparison.Ordinal);
        Assert.EndsWith("\"", tag.Tag, StringComparison.Ordinal);
        return tag.Tag;
    }

    public static Task<HttpResponseMessage> GetIfNoneMatchAsync(this HttpClient client, string url, string tag)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("If-None-Match", tag);
        return client.SendAsync(request);
    }

    public static Task<HttpResponseMessage> PutIfMatchAsync(this HttpClient client, string url, object body, string tag)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(body, options: ApiJson.Options) };
        request.Headers.TryAddWithoutValidation("If-Match", tag);
        return client.SendAsync(request);
    }

    public static async Task AssertPreconditionFailedAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.PreconditionFailed, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.JsonAsync();
        Assert.Equal(412, problem.GetProperty("status").GetInt32());
        Assert.Equal("precondition_failed", problem.GetProperty("code").GetString());
        Assert.Equal("urn:eci:problem:precondition_failed", problem.GetProperty("type").GetString());
    }

    /// <summary>Sends two writes at once; answers their statuses.</summary>
    public static async Task<HttpStatusCode[]> RaceAsync(Func<Task<HttpResponseMessage>> first, Func<Task<HttpResponseMessage>> second)
    {
        var answers = await Task.WhenAll(Task.Run(first), Task.Run(second));
        return [.. answers.Select(a => a.StatusCode)];
    }

    public static string Text(this JsonElement element, string property) => element.GetProperty(property).GetString()!;
}
