using Xunit;
using YamlDotNet.RepresentationModel;

namespace Eci.DeploymentTests;

internal static class YamlNodes
{
    public static YamlNode? Child(this YamlNode node, string key) =>
        node is YamlMappingNode mapping && mapping.Children.TryGetValue(new YamlScalarNode(key), out var child) ? child : null;

    public static YamlMappingNode Mapping(this YamlNode node, string key) =>
        Assert.IsType<YamlMappingNode>(node.Child(key), exactMatch: false);

    public static string? Text(this YamlNode node, string key) => (node.Child(key) as YamlScalarNode)?.Value;

    public static IEnumerable<YamlNode> Items(this YamlNode node, string key) =>
        node.Child(key) is YamlSequenceNode sequence ? sequence.Children : [];

    public static IEnumerable<string> Keys(this YamlMappingNode mapping) =>
        mapping.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value ?? string.Empty);
}
