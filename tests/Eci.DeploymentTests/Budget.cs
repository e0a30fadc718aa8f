using System.Globalization;

namespace Eci.DeploymentTests;

/// <summary>The numbers of the connection budget (ADR 0027), read from the deployment files.</summary>
internal static class Budget
{
    /// <summary>Connections kept free for psql, monitoring and the superuser's own reserve.</summary>
    public const int ReservedForAdministrators = 10;

    /// <summary>One pool per module: the seven of the design at least.</summary>
    public static int Modules { get; } = Math.Max(Directory.GetDirectories(Repository.PathOf("src/Modules")).Length, 7);

    public static int Number(string? value) =>
        int.Parse(value ?? throw new InvalidOperationException("a budget setting is missing"), CultureInfo.InvariantCulture);

    /// <summary>The server's max_connections from its command line, or PostgreSQL's default of 100.</summary>
    public static int MaxConnections(IEnumerable<string> arguments) =>
        arguments.FirstOrDefault(a => a.StartsWith("max_connections=", StringComparison.Ordinal)) is { } setting
            ? Number(setting["max_connections=".Length..])
            : 100;
}
