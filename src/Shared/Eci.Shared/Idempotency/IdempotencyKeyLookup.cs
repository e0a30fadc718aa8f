using Microsoft.EntityFrameworkCore;

namespace Eci.Shared.Idempotency;

internal sealed class IdempotencyKeyLookup<TContext>(TContext db, string module) : IIdempotencyKeyLookup
    where TContext : DbContext
{
    public string Module => module;

    public Task<IdempotencyRecord?> FindAsync(string storedKey, CancellationToken cancellationToken) =>
        db.Set<IdempotencyRecord>().AsNoTracking().FirstOrDefaultAsync(k => k.Key == storedKey, cancellationToken);
}
