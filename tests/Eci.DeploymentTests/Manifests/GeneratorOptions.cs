namespace Eci.DeploymentTests.Manifests;

internal sealed class GeneratorOptions
{
    public bool DisableNameSuffixHash { get; set; }

    public Dictionary<string, string> Labels { get; set; } = [];
}
