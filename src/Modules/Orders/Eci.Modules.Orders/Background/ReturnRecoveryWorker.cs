using Eci.Modules.Orders.Domain;
using Eci.Modules.Orders.Features.ReceiveReturn;
using Eci.Modules.Orders.Persistence;
using Eci.Shared.Background;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Eci.Modules.Orders.Background;

// Finishes receipts a crash or a failure left receiving (units back, refund, order updated).
internal sealed class ReturnRecoveryWorker(IServiceProvider services, TimeProvider clock, IOptions<OrdersOptions> options, ILogger<ReturnRecoveryWorker> logger,
    FirstPassGate? firstPass = null)
    : LeasedRecoveryWorker(services, clock, options, logger, firstPass)
{
    protected override string Subject => "Return";

    protected override Task<List<Guid>> FindStaleAsync(OrdersDbContext db, DateTime now, DateTime before, CancellationToken cancellationToken) =>
        db.Returns.AsNoTracking()
            .Where(r => r.Status == ReturnStatus.Receiving && r.UpdatedAt <= before && (r.LeaseUntil == null || r.LeaseUntil < now))
            .OrderBy(r => r.UpdatedAt).Select(r => r.Id).Take(100).ToListAsync(cancellationToken);

    protected override async Task<string?> TryFinishAsync(IServiceProvider scoped, Guid id, CancellationToken cancellationToken) =>
        (await scoped.GetRequiredService<ReturnReceiving>().TryFinishAsync(id, cancellationToken))?.Status;
}
