using Microsoft.Extensions.Configuration;

namespace Eci.Shared.Persistence;

/// <summary>
/// The connection budget of one replica on PostgreSQL: each module's pool holds at most <see cref="MaxPoolSize"/>
/// connections, so a replica holds at most modules × <see cref="MaxPoolSize"/>; an idle connection is closed after
/// about <see cref="IdleLifetimeSeconds"/>.
/// </summary>
public sealed record PoolSettings(int MaxPoolSize, int IdleLifetimeSeconds, int PruningIntervalSeconds, bool PgBouncer)
{
    public const int DefaultMaxPoolSize = 5;
    public const int DefaultIdleLifetimeSeconds = 30;
    public const int DefaultPruningIntervalSeconds = 5;

    public static PoolSettings From(IConfiguration configuration)
    {
        var settings = new PoolSettings(
            configuration.GetValue("Database:MaxPoolSize", DefaultMaxPoolSize),
            configuration.GetValue("Database:ConnectionIdleLifetimeSeconds", DefaultIdleLifetimeSeconds),
            configuration.GetValue("Database:ConnectionPruningIntervalSeconds", DefaultPruningIntervalSeconds),
            configuration.GetValue("Database:PgBouncer", false));
        if (settings.MaxPoolSize < 1 || settings.IdleLifetimeSeconds < 1 || settings.PruningIntervalSeconds < 1)
        {
            throw new InvalidOperationException(
                "Database:MaxPoolSize, Database:ConnectionIdleLifetimeSeconds and Database:ConnectionPruningIntervalSeconds must be at least 1.");
        }

        return settings;
    }

    /// <summary>The most connections one replica opens: one pool per module.</summary>
    public int PerReplica(int modules) => modules * MaxPoolSize;
}
