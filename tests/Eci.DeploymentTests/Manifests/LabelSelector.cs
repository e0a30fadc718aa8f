namespace Eci.DeploymentTests.Manifests;

internal sealed class LabelSelector
{
    public Dictionary<string, string> MatchLabels { get; set; } = [];

    /// <summary>Whether an object with these labels is selected: every label of the selector, with its value.</summary>
    public bool Selects(IDictionary<string, string>? labels) =>
        MatchLabels.Count > 0 && MatchLabels.All(pair => labels?.TryGetValue(pair.Key, out var value) == true && value == pair.Value);
}
