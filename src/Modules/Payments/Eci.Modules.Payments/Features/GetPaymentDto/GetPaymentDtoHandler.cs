using Eci.Modules.Payments.Contracts;
using Eci.Modules.Payments.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Eci.Modules.Payments.Features.GetPaymentDto;

/// <summary>Answers the contract <see cref="Contracts.GetPayment"/> of other modules (the HTTP query is <c>Features.GetPayment</c>).</summary>
internal sealed class GetPaymentDtoHandler(PaymentsDbContext db) : IQueryHandler<Contracts.GetPayment, PaymentDto?>
{
    public async ValueTask<PaymentDto?> Handle(Contracts.GetPayment query, CancellationToken cancellationToken) =>
        (await db.Payments.AsNoTracking().FirstOrDefaultAsync(p => p.Id == query.PaymentId, cancellationToken))?.ToDto();
}
