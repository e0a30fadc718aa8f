namespace Eci.DeploymentTests;

/// <summary>
/// The environment variables the host reads: the configuration keys in its code (":" written as "__"), the sections
/// it binds as a whole, and the variables of ASP.NET Core, .NET and OpenTelemetry.
/// </summary>
internal static class HostSettings
{
    private static readonly string[] Modules = ["Catalog", "Customers", "Inventory", "Payments", "Orders", "Shipping", "Notifications"];

    private static readonly HashSet<string> Exact = new(StringComparer.Ordinal)
    {
        "Database__Provider",
        "Database__NamePrefix",
        "Database__MaxPoolSize",
        "Database__ConnectionIdleLifetimeSeconds",
        "Database__ConnectionPruningIntervalSeconds",
        "Database__PgBouncer",
        "Database__MigrateOnStartup",
        "Database__SqliteDirectory",
        "ConnectionStrings__Postgres",
        "ConnectionStrings__MySql",
        "ConnectionStrings__CatalogChanges",
        "Auth__SigningKey",
        "Auth__Issuer",
        "Auth__Audience",
        "Auth__AccessTokenMinutes",
        "Admin__Email",
        "Admin__Password",
        "Seed__Directory",
    };

    private static readonly string[] Prefixes =
        ["Http__", "RateLimits__", "Outbox__", "Modules__", "Logging__", "OTEL_", "ASPNETCORE_", "DOTNET_"];

    public static bool IsRead(string variable) =>
        Exact.Contains(variable)
        || Modules.Any(module => variable == "ConnectionStrings__" + module)
        || Prefixes.Any(prefix => variable.StartsWith(prefix, StringComparison.Ordinal) && variable.Length > prefix.Length);
}
