using Eci.Modules.Payments.Persistence;
using Eci.Shared.Auth;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Eci.Modules.Payments.Features.GetPayment;

internal sealed class GetPaymentHandler(PaymentsDbContext db) : IQueryHandler<GetPayment, PaymentResponse>
{
    public async ValueTask<PaymentResponse> Handle(GetPayment query, CancellationToken cancellationToken) =>
        PaymentResponse.From(await db.Payments.AsNoTracking()
            .FindVisibleAsync(p => p.Id == query.Id, query.Caller, p => p.CustomerId, "Payment", query.Id, cancellationToken));
}
