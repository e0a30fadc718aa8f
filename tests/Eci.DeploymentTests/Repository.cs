using Xunit;
using YamlDotNet.RepresentationModel;

namespace Eci.DeploymentTests;

/// <summary>Files of the repository, found from the test binary by walking up to the solution file.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

    public static string Read(string relative) => File.ReadAllText(PathOf(relative));

    public static YamlMappingNode ReadYaml(string relative)
    {
        var stream = new YamlStream();
        using var reader = new StringReader(Read(relative));
        stream.Load(reader);
        return Assert.IsType<YamlMappingNode>(stream.Documents[0].RootNode);
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Eci.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Eci.sln not found above " + AppContext.BaseDirectory);
    }
}
