namespace Eci.DeploymentTests;

/// <summary>Just enough of a Caddyfile to read its directives: each line's words, comments and braces left out.</summary>
internal static class Caddyfile
{
    public static IReadOnlyList<string[]> Lines(string text) => text.Split('\n')
        .Select(line => line.Split('#')[0].Replace("{", " ", StringComparison.Ordinal).Replace("}", " ", StringComparison.Ordinal))
        .Select(line => line.Split([' ', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries))
        .Where(words => words.Length > 0)
        .ToList();

    /// <summary>The words after <paramref name="directive"/> on the one line that starts with it.</summary>
    public static string[] Arguments(string text, params string[] directive) =>
        Lines(text).Single(words => words.Length >= directive.Length && words.Take(directive.Length).SequenceEqual(directive, StringComparer.Ordinal))
            .Skip(directive.Length)
            .ToArray();
}
