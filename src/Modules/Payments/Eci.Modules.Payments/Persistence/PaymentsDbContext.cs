using Eci.Modules.Payments.Domain;
using Eci.Shared.Idempotency;
using Eci.Shared.Outbox;
using Eci.Shared.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Eci.Modules.Payments.Persistence;

internal sealed class PaymentsDbContext(DbContextOptions<PaymentsDbContext> options) : ModuleDbContext(options, Schema)
{
    public const string Schema = "payments";

    public DbSet<Payment> Payments => Set<Payment>();

    /// <summary>The payment as it stands: the instance this request changed, else read afresh (after a replayed key, say).</summary>
    public async Task<Payment> CurrentAsync(Guid id, CancellationToken cancellationToken) =>
        Payments.Local.FirstOrDefault(p => p.Id == id) ?? await Payments.AsNoTracking().FirstAsync(p => p.Id == id, cancellationToken);

    protected override void AddBuildingBlocks(ModelBuilder modelBuilder)
    {
        modelBuilder.AddIdempotencyKeys();
        modelBuilder.AddOutbox();
    }
}
