using Eci.Modules.Payments.Contracts;
using Eci.Modules.Payments.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Eci.Modules.Payments.Features.GetOrderPayments;

internal sealed class GetOrderPaymentsHandler(PaymentsDbContext db) : IQueryHandler<Contracts.GetOrderPayments, IReadOnlyList<PaymentDto>>
{
    public async ValueTask<IReadOnlyList<PaymentDto>> Handle(Contracts.GetOrderPayments query, CancellationToken cancellationToken)
    {
        var orderId = query.OrderId.ToString();
        return (await db.Payments.AsNoTracking().Where(p => p.OrderId == orderId).OrderBy(p => p.CreatedAt).ToListAsync(cancellationToken))
            .Select(p => p.ToDto()).ToList();
    }
}
