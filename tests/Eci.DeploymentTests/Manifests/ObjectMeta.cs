namespace Eci.DeploymentTests.Manifests;

internal sealed class ObjectMeta
{
    public string Name { get; set; } = "";

    public string Namespace { get; set; } = "";

    public Dictionary<string, string> Labels { get; set; } = [];
}
