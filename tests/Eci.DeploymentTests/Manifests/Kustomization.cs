namespace Eci.DeploymentTests.Manifests;

/// <summary>The fields of a kustomization.yaml that the monitoring folder uses.</summary>
internal sealed class Kustomization
{
    public string ApiVersion { get; set; } = "";

    public string Kind { get; set; } = "";

    public string Namespace { get; set; } = "";

    public List<string> Resources { get; set; } = [];

    public List<ConfigMapGenerator> ConfigMapGenerator { get; set; } = [];

    public GeneratorOptions GeneratorOptions { get; set; } = new();
}
