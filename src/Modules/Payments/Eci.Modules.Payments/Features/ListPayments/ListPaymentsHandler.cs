using Eci.Modules.Payments.Persistence;
using Eci.Shared.Auth;
using Eci.Shared.Contracts;
using Eci.Shared.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Eci.Modules.Payments.Features.ListPayments;

internal sealed class ListPaymentsHandler(PaymentsDbContext db) : IQueryHandler<ListPayments, Page<PaymentResponse>>
{
    public async ValueTask<Page<PaymentResponse>> Handle(ListPayments query, CancellationToken cancellationToken) =>
        await db.Payments.AsNoTracking().VisibleTo(query.Caller, p => p.CustomerId)
            .WhereIf(!string.IsNullOrWhiteSpace(query.OrderId), p => p.OrderId == query.OrderId)
            .ToPageAsync(q => q.OrderByDescending(p => p.CreatedAt).ThenByDescending(p => p.Id), query.Paging, PaymentResponse.From, cancellationToken);
}
