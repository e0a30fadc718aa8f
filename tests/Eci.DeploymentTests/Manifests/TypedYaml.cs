using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Eci.DeploymentTests.Manifests;

/// <summary>
/// Reads a YAML file of the repository into one of these small models. A field the model does not know fails the read,
/// as the API server would refuse a field its schema does not have.
/// </summary>
internal static class TypedYaml
{
    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .Build();

    public static T Read<T>(string relative) => Deserializer.Deserialize<T>(Repository.Read(relative));
}
