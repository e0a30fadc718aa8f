using System.Text.RegularExpressions;

namespace Eci.DeploymentTests;

/// <summary>The Dockerfile as a list of instructions, continuation lines joined and comments dropped.</summary>
internal static partial class Dockerfile
{
    public static IReadOnlyList<(string Keyword, string Arguments)> Instructions() =>
        ContinuedLine().Replace(Repository.Read("Dockerfile"), " ")
            .Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split(' ', 2))
            .Select(parts => (parts[0].ToUpperInvariant(), parts.Length > 1 ? parts[1].Trim() : string.Empty))
            .ToList();

    [GeneratedRegex(@"\\\r?\n")]
    private static partial Regex ContinuedLine();
}
