namespace Eci.DeploymentTests.Manifests;

/// <summary>The Prometheus Operator's PrometheusRule (monitoring.coreos.com/v1): its spec is a Prometheus rule file.</summary>
internal sealed class PrometheusRule
{
    public string ApiVersion { get; set; } = "";

    public string Kind { get; set; } = "";

    public ObjectMeta Metadata { get; set; } = new();

    public RuleFile Spec { get; set; } = new();
}
