namespace Eci.Shared.Auth;

/// <summary>
/// Counts a client's requests per fixed window in a store every replica shares, so that a per-client limit holds for
/// the deployment rather than per replica (ADR 0040). Registered only where such a store exists (PostgreSQL).
/// </summary>
public interface ISharedWindowCounter
{
    /// <summary>Adds one request of <paramref name="client"/> to the window starting at <paramref name="windowStart"/> and returns the window's count.</summary>
    Task<int> IncrementAsync(string client, DateTime windowStart, CancellationToken cancellationToken);
}
