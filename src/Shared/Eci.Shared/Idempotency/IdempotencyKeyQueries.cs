using Microsoft.EntityFrameworkCore;

namespace Eci.Shared.Idempotency;

public static class IdempotencyKeyQueries
{
    /// <summary>The stored key (scope and client key) of each keyed call that created a resource at one of these locations.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> KeysThatCreatedAsync(
        this DbContext db, IReadOnlyCollection<string> locations, CancellationToken cancellationToken)
    {
        var keys = db.Set<IdempotencyRecord>().AsNoTracking();
        if (locations.Count == 0)
        {
            return new Dictionary<string, string>();
        }

        var only = locations.First();
        var found = await (locations.Count == 1 ? keys.Where(k => k.Location == only) : keys.Where(k => k.Location != null && locations.Contains(k.Location)))
            .Select(k => new { Location = k.Location!, k.Key })
            .ToListAsync(cancellationToken);
        return found.GroupBy(k => k.Location).ToDictionary(g => g.Key, g => g.First().Key);
    }
}
