namespace Eci.DeploymentTests.Manifests;

internal sealed class AlertRule
{
    public string Alert { get; set; } = "";

    public string Expr { get; set; } = "";

    public string For { get; set; } = "";

    public Dictionary<string, string> Labels { get; set; } = [];

    public Dictionary<string, string> Annotations { get; set; } = [];

    /// <summary>The rule as one text, labels and annotations sorted, the expression's layout ignored: equal texts, equal rules.</summary>
    public string Canonical() => string.Join(
        '\n',
        [
            $"alert: {Alert}",
            $"expr: {string.Join(' ', Expr.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries))}",
            $"for: {For}",
            .. Labels.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"label {p.Key}: {p.Value}"),
            .. Annotations.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"annotation {p.Key}: {p.Value}"),
        ]);
}
