using Microsoft.Extensions.Configuration;

namespace Eci.Shared.Persistence;

/// <summary>
/// The connection budget of one replica on PostgreSQL: each module's pool holds at most <see cref="MaxPoolSize"/>
/// connections, so a replica holds at most modules × <see cref="MaxPoolSize"/>; an idle connection is closed after
/// about <see cref="IdleLifetimeSeconds"/>. Up to <see cref="MaxAutoPrepare"/> statements per connection are prepared
/// once they recur, unless the replica goes through PgBouncer.
/// </summary>
public sealed record PoolSettings(int MaxPoolSize, int IdleLifetimeSeconds, int PruningIntervalSeconds, bool PgBouncer, int MaxAutoPrepare)
{
    public const int DefaultMaxPoolSize = 5;
    public const int DefaultIdleLifetimeSeconds = 30;
    public const int DefaultPruningIntervalSeconds = 5;
    public const int DefaultMaxAutoPrepare = 100;

    public static PoolSettings From(IConfiguration configuration)
    {
        var settings = new PoolSettings(
            configuration.GetValue("Database:MaxPoolSize", DefaultMaxPoolSize),
            configuration.GetValue("Database:ConnectionIdleLifetimeSeconds", DefaultIdleLifetimeSeconds),
            configuration.GetValue("Database:ConnectionPruningIntervalSeconds", DefaultPruningIntervalSeconds),
            configuration.GetValue("Database:PgBouncer", false),
            configuration.GetValue("Database:MaxAutoPrepare", DefaultMaxAutoPrepare));
        if (settings.MaxPoolSize < 1 || settings.IdleLifetimeSeconds < 1 || settings.PruningIntervalSeconds < 1)
        {
            throw new InvalidOperationException(
                "Database:MaxPoolSize, Database:ConnectionIdleLifetimeSeconds and Database:ConnectionPruningIntervalSeconds must be at least 1.");
        }

        if (settings.MaxAutoPrepare < 0)
        {
            throw new InvalidOperationException("Database:MaxAutoPrepare must be 0 (off) or more.");
        }

        return settings;
    }

    /// <summary>The most connections one replica opens: one pool per module.</summary>
    public int PerReplica(int modules) => modules * MaxPoolSize;
}
