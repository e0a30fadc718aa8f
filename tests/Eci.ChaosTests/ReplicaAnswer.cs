using System.Net;
using System.Text.Json;

namespace Eci.ChaosTests;

/// <summary>What one replica answered to a checkout: the status, the problem code or the order and its status.</summary>
internal sealed record ReplicaAnswer(int Replica, HttpStatusCode Status, string? Code, Guid? OrderId, string? OrderStatus, bool RetryAfter)
{
    private static readonly string[] FinalStatuses = ["fulfilling", "completed", "cancelled"];

    /// <summary>An outcome: an order that reached the end of its checkout, or the out-of-stock conflict.</summary>
    public bool IsFinal => Status == HttpStatusCode.Created ? FinalStatuses.Contains(OrderStatus) : Code == "insufficient_stock";

    /// <summary>The documented answer to a retry that could not wait for the first attempt: 409 with Retry-After.</summary>
    public bool IsInFlight => Status == HttpStatusCode.Conflict && Code == "idempotency_key_in_flight" && RetryAfter;

    public static async Task<ReplicaAnswer> FromAsync(int replica, HttpResponseMessage response, CancellationToken ct)
    {
        var body = await response.Content.ReadAsStringAsync(ct);
        using var json = JsonDocument.Parse(body);
        var root = json.RootElement;
        var code = root.TryGetProperty("code", out var c) ? c.GetString() : null;
        Guid? order = root.TryGetProperty("id", out var id) ? id.GetGuid() : root.TryGetProperty("order_id", out var o) ? o.GetGuid() : null;
        var status = response.StatusCode == HttpStatusCode.Created ? root.GetProperty("status").GetString() : null;
        return new ReplicaAnswer(replica, response.StatusCode, code, order, status, response.Headers.RetryAfter is not null);
    }

    /// <summary>The same outcome as another answer, whichever replica gave it.</summary>
    public bool SameOutcomeAs(ReplicaAnswer other) =>
        Status == other.Status && Code == other.Code && OrderId == other.OrderId && OrderStatus == other.OrderStatus;

    public override string ToString() => $"replica {Replica}: {(int)Status} {Code ?? OrderStatus} {OrderId}";
}
