using System.Text.RegularExpressions;

namespace Eci.DeploymentTests;

/// <summary>Just enough PromQL to list the metric names an expression reads.</summary>
internal static partial class PromQl
{
    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal) { "and", "or", "unless", "bool", "offset" };

    public static IReadOnlySet<string> MetricNames(string expression)
    {
        var bare = Strings().Replace(expression, " ");
        bare = Grouping().Replace(bare, " ");
        bare = Matchers().Replace(bare, " ");
        bare = Ranges().Replace(bare, " ");
        return Identifiers().Matches(bare).Select(m => m.Value).Where(name => !Keywords.Contains(name)).ToHashSet(StringComparer.Ordinal);
    }

    [GeneratedRegex("\"(?:[^\"\\\\]|\\\\.)*\"")]
    private static partial Regex Strings();

    [GeneratedRegex(@"\b(?:by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)")]
    private static partial Regex Grouping();

    [GeneratedRegex(@"\{[^}]*\}")]
    private static partial Regex Matchers();

    [GeneratedRegex(@"\[[^\]]*\]")]
    private static partial Regex Ranges();

    // A name not followed by "(" (a function) and not part of a number or a $variable.
    [GeneratedRegex(@"(?<![\w.$])[a-zA-Z_:][a-zA-Z0-9_:]*\b(?!\s*\()")]
    private static partial Regex Identifiers();
}
