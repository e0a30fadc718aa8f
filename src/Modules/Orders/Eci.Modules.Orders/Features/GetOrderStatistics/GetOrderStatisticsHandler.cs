using Eci.Modules.Orders.Contracts;
using Eci.Modules.Orders.Domain;
using Eci.Modules.Orders.Persistence;
using Eci.Shared.Contracts;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Eci.Modules.Orders.Features.GetOrderStatistics;

internal sealed class GetOrderStatisticsHandler(OrdersDbContext db) : IQueryHandler<Contracts.GetOrderStatistics, OrderStatistics>
{
    public async ValueTask<OrderStatistics> Handle(Contracts.GetOrderStatistics query, CancellationToken cancellationToken)
    {
        var placed = db.Orders.AsNoTracking().Where(o => o.CreatedAt >= query.Since);
        var revenue = await placed
            .Where(o => o.PaymentStatus == OrderPaymentStatus.Paid || o.PaymentStatus == OrderPaymentStatus.PartiallyRefunded)
            .GroupBy(o => o.Currency)
            .Select(g => new { Currency = g.Key, Minor = g.Sum(o => o.TotalMinor) })
            .ToListAsync(cancellationToken);
        var count = await placed.CountAsync(cancellationToken);
        var failed = await placed.CountAsync(o => o.PaymentStatus == OrderPaymentStatus.Failed, cancellationToken);
        var stuck = await db.Orders.AsNoTracking().CountAsync(
            o => (o.Status == OrderStatus.Pending || o.Status == OrderStatus.StockReserved || o.Status == OrderStatus.Cancelling)
                && o.UpdatedAt < query.StuckBefore,
            cancellationToken);
        return new OrderStatistics(count, revenue.Select(r => new Money(r.Minor, r.Currency)).ToList(), failed, stuck);
    }
}
