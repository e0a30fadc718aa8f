using Eci.Modules.Payments.Persistence;
using Eci.Shared.Contracts;
using Eci.Shared.Idempotency;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Eci.Modules.Payments.Features.GetOrderPaymentHistory;

internal sealed class GetOrderPaymentHistoryHandler(PaymentsDbContext db) : IQueryHandler<Contracts.GetOrderPaymentHistory, IReadOnlyList<OrderHistoryEntry>>
{
    public async ValueTask<IReadOnlyList<OrderHistoryEntry>> Handle(Contracts.GetOrderPaymentHistory query, CancellationToken cancellationToken)
    {
        var orderId = query.OrderId.ToString();
        var payments = await db.Payments.AsNoTracking().Where(p => p.OrderId == orderId).OrderBy(p => p.CreatedAt).ToListAsync(cancellationToken);
        var keys = query.IncludeInternal
            ? await db.KeysThatCreatedAsync(payments.Select(p => PaymentResponse.LocationOf(p.Id)).ToList(), cancellationToken)
            : new Dictionary<string, string>();
        return payments
            .SelectMany(p => PaymentHistory.Of(p, query.IncludeInternal, keys.GetValueOrDefault(PaymentResponse.LocationOf(p.Id))))
            .OrderBy(e => e.At)
            .ToList();
    }
}
