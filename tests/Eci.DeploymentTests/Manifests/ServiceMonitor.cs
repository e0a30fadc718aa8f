namespace Eci.DeploymentTests.Manifests;

/// <summary>The fields of the Prometheus Operator's ServiceMonitor (monitoring.coreos.com/v1) that ECI sets.</summary>
internal sealed class ServiceMonitor
{
    public string ApiVersion { get; set; } = "";

    public string Kind { get; set; } = "";

    public ObjectMeta Metadata { get; set; } = new();

    public ServiceMonitorSpec Spec { get; set; } = new();
}
