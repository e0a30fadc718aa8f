using YamlDotNet.RepresentationModel;

namespace Eci.DeploymentTests;

/// <summary>docker-compose.yml, read as YAML with its anchors resolved.</summary>
internal static class Compose
{
    public static readonly string[] HostServices = ["eci", "eci-migrate"];

    public static YamlMappingNode Services() => Repository.ReadYaml("docker-compose.yml").Mapping("services");

    public static YamlMappingNode Service(string name) => Services().Mapping(name);

    /// <summary>The variable names of a service's environment, in either the mapping or the list form, merge keys resolved.</summary>
    public static IReadOnlyList<string> EnvironmentOf(string service) => Service(service).Child("environment") switch
    {
        YamlMappingNode mapping => Merged(mapping).Keys.ToList(),
        YamlSequenceNode list => list.Children.Cast<YamlScalarNode>().Select(item => item.Value!.Split('=')[0]).ToList(),
        _ => [],
    };

    public static string? EnvironmentValue(string service, string variable) =>
        Service(service).Child("environment") is YamlMappingNode mapping ? Merged(mapping).GetValueOrDefault(variable) : null;

    /// <summary>A mapping with its <c>&lt;&lt;</c> merge key applied: the mapping's own keys win, as in docker-compose.</summary>
    private static Dictionary<string, string?> Merged(YamlMappingNode mapping)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (mapping.Child("<<") is YamlMappingNode merged)
        {
            foreach (var (key, value) in Merged(merged))
            {
                values[key] = value;
            }
        }

        foreach (var (key, value) in mapping.Children)
        {
            if (key is YamlScalarNode { Value: { } name } && name != "<<")
            {
                values[name] = (value as YamlScalarNode)?.Value;
            }
        }

        return values;
    }
}
