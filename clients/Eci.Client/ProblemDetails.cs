using System.Text.Json;

namespace Eci.Client;

/// <summary>An RFC 9457 problem as the API answers it; every problem carries a stable, machine-readable code.</summary>
public partial class ProblemDetails
{
    /// <summary>The problem's code (<c>duplicate_sku</c>, <c>validation_failed</c>, …), or null when the answer has none.</summary>
    public string? Code =>
        AdditionalProperties.TryGetValue("code", out var code) && code is JsonElement { ValueKind: JsonValueKind.String } text
            ? text.GetString()
            : null;
}
