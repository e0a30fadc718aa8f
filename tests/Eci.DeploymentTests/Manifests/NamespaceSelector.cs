namespace Eci.DeploymentTests.Manifests;

internal sealed class NamespaceSelector
{
    public List<string> MatchNames { get; set; } = [];
}
