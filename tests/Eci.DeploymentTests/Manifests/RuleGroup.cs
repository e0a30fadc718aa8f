namespace Eci.DeploymentTests.Manifests;

internal sealed class RuleGroup
{
    public string Name { get; set; } = "";

    public List<AlertRule> Rules { get; set; } = [];
}
