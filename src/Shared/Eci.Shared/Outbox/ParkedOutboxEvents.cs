using Eci.Shared.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Eci.Shared.Outbox;

/// <summary>Counts the parked rows of the outbox in one module's own DbContext.</summary>
public sealed class ParkedOutboxEvents<TContext>(TContext db) : IParkedOutboxEvents
    where TContext : DbContext
{
    public string Module { get; } = typeof(TContext).Name.Replace("DbContext", string.Empty, StringComparison.Ordinal);

    public Task<int> CountAsync(CancellationToken cancellationToken) =>
        db.Set<OutboxMessage>().AsNoTracking().CountAsync(m => m.FailedAt != null, cancellationToken);
}
