namespace Eci.DeploymentTests.Manifests;

/// <summary>One entry of a ServiceMonitor's endpoints: the Service port, by name, and what to scrape on it.</summary>
internal sealed class ScrapeEndpoint
{
    public string Port { get; set; } = "";

    public string Path { get; set; } = "";

    public string Interval { get; set; } = "";
}
