using System.Net;
using System.Text.Json;
using Eci.Testing;
using Xunit;

namespace Eci.Modules.Notifications.Tests.Feed;

/// <summary>Reads GET /v1/events the way an integration would: page after page, resuming after the last event seen.</summary>
internal static class FeedReader
{
    public static async Task<(List<JsonElement> Items, string? NextCursor)> PageAsync(this HttpClient admin, string query)
    {
        var response = await admin.GetAsync("/v1/events?" + query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.JsonAsync();
        var next = page.GetProperty("next_cursor");
        return ([.. page.GetProperty("items").EnumerateArray()], next.ValueKind == JsonValueKind.Null ? null : next.GetString());
    }

    /// <summary>
    /// Every event after <paramref name="after"/> (a cursor or an event id; null for the start), following
    /// next_cursor, and when it is null, resuming after the last event read.
    /// </summary>
    public static async Task<(List<JsonElement> Items, string? After)> DrainAsync(this HttpClient admin, string? after, int limit, string type = "")
    {
        var all = new List<JsonElement>();
        while (true)
        {
            var query = $"limit={limit}" + (type.Length > 0 ? "&type=" + type : string.Empty) + (after is null ? string.Empty : "&after=" + Uri.EscapeDataString(after));
            var (items, next) = await admin.PageAsync(query);
            all.AddRange(items);
            after = next ?? (items.Count > 0 ? items[^1].GetProperty("id").GetString() : after);
            if (next is null)
            {
                return (all, after);
            }
        }
    }

    public static async Task<List<JsonElement>> OrderEventsAsync(this HttpClient admin, string orderId, Func<List<JsonElement>, bool> done) =>
        await Poll.UntilAsync(
            async () => (await admin.DrainAsync(null, 100)).Items.Where(e => OrderIdOf(e) == orderId).ToList(), done, TimeSpan.FromSeconds(30));

    public static string? OrderIdOf(JsonElement e) =>
        e.GetProperty("data").TryGetProperty("order_id", out var id) ? id.GetString() : null;

    public static string Type(this JsonElement e) => e.GetProperty("type").GetString()!;
}
