using YamlDotNet.RepresentationModel;

namespace Eci.DeploymentTests;

/// <summary>docker-compose.yml, read as YAML with its anchors resolved.</summary>
internal static class Compose
{
    public static readonly string[] HostServices = ["eci", "eci-migrate"];

    public static YamlMappingNode Services() => Repository.ReadYaml("docker-compose.yml").Mapping("services");

    public static YamlMappingNode Service(string name) => Services().Mapping(name);

    /// <summary>The variable names of a service's environment, in either the mapping or the list form.</summary>
    public static IReadOnlyList<string> EnvironmentOf(string service) => Service(service).Child("environment") switch
    {
        YamlMappingNode mapping => mapping.Keys().ToList(),
        YamlSequenceNode list => list.Children.Cast<YamlScalarNode>().Select(item => item.Value!.Split('=')[0]).ToList(),
        _ => [],
    };

    public static string? EnvironmentValue(string service, string variable) =>
        (Service(service).Child("environment") as YamlMappingNode)?.Text(variable);
}
