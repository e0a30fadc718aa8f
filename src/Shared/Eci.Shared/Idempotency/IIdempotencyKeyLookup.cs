namespace Eci.Shared.Idempotency;

/// <summary>Reads one module's idempotency keys for inspection; each module registers one over its own database.</summary>
public interface IIdempotencyKeyLookup
{
    /// <summary>The module whose keys this reads, as shown to the caller.</summary>
    string Module { get; }

    /// <summary>The key as stored (<c>scope:client key</c>), or null when this module never saw it.</summary>
    Task<IdempotencyRecord?> FindAsync(string storedKey, CancellationToken cancellationToken);
}
