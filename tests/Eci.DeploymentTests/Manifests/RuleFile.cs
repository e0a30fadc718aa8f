namespace Eci.DeploymentTests.Manifests;

/// <summary>A Prometheus rule file, as compose's Prometheus loads it and as a PrometheusRule's spec holds it.</summary>
internal sealed class RuleFile
{
    public List<RuleGroup> Groups { get; set; } = [];
}
