namespace Eci.DeploymentTests.Manifests;

internal sealed class ServiceMonitorSpec
{
    public NamespaceSelector NamespaceSelector { get; set; } = new();

    public LabelSelector Selector { get; set; } = new();

    public List<ScrapeEndpoint> Endpoints { get; set; } = [];
}
