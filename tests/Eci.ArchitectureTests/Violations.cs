using Xunit;

namespace Eci.ArchitectureTests;

internal static class Violations
{
    /// <summary>Fails listing every violation, not the first few, so one run shows all that is left to fix.</summary>
    public static void None(IEnumerable<string> violations)
    {
        var all = violations.ToList();
        if (all.Count > 0)
        {
            Assert.Fail($"{all.Count} violation(s):{Environment.NewLine}{string.Join(Environment.NewLine, all)}");
        }
    }
}
