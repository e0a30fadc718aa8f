using Eci.Modules.Orders.Domain;
using Eci.Modules.Orders.Features.PlaceOrder;
using Eci.Modules.Orders.Persistence;
using Eci.Shared.Background;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Eci.Modules.Orders.Background;

// Drives on orders a crash left at an intermediate step (cancels begun included).
internal sealed class OrderRecoveryWorker(IServiceProvider services, TimeProvider clock, IOptions<OrdersOptions> options, ILogger<OrderRecoveryWorker> logger,
    FirstPassGate? firstPass = null)
    : LeasedRecoveryWorker(services, clock, options, logger, firstPass)
{
    protected override string Subject => "Order";

    protected override Task<List<Guid>> FindStaleAsync(OrdersDbContext db, DateTime now, DateTime before, CancellationToken cancellationToken) =>
        db.Orders.AsNoTracking()
            .Where(o => (o.Status == OrderStatus.Pending || o.Status == OrderStatus.StockReserved || o.Status == OrderStatus.Paid || o.Status == OrderStatus.Cancelling)
                && o.UpdatedAt <= before && (o.LeaseUntil == null || o.LeaseUntil < now))
            .OrderBy(o => o.UpdatedAt).Select(o => o.Id).Take(100).ToListAsync(cancellationToken);

    protected override async Task<string?> TryFinishAsync(IServiceProvider scoped, Guid id, CancellationToken cancellationToken) =>
        (await scoped.GetRequiredService<PlaceOrderWorkflow>().TryDriveAsync(id, cancellationToken))?.Status;
}
