namespace Eci.DeploymentTests.Manifests;

internal sealed class ConfigMapGenerator
{
    public string Name { get; set; } = "";

    /// <summary>Each entry is <c>key=path</c> or a path whose file name is the key.</summary>
    public List<string> Files { get; set; } = [];
}
