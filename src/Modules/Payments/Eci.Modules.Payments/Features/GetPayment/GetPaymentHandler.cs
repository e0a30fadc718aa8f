using Eci.Modules.Payments.Contracts;
using Eci.Modules.Payments.Persistence;
using Eci.Shared.Auth;
using Eci.Shared.Contracts;
using Eci.Shared.Errors;
using Eci.Shared.Persistence;
using Eci.Shared.Validation;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Eci.Modules.Payments.Features.GetPayment;

/// <summary>A payment for its customer or an admin; anyone else is told it does not exist.</summary>
internal sealed record ShowPayment(Guid Id, Caller Caller) : IQuery<PaymentResponse>;

/// <summary>The caller's payments (an admin's: everyone's), optionally of one order, newest first.</summary>
internal sealed record ListPayments(PageRequest Paging, string? OrderId, Caller Caller) : IQuery<Page<PaymentResponse>>;

internal sealed class PaymentQueries(PaymentsDbContext db)
    : IQueryHandler<ShowPayment, PaymentResponse>,
      IQueryHandler<ListPayments, Page<PaymentResponse>>,
      IQueryHandler<Contracts.GetPayment, PaymentDto?>,
      IQueryHandler<GetOrderPayments, IReadOnlyList<PaymentDto>>
{
    public async ValueTask<PaymentResponse> Handle(ShowPayment query, CancellationToken cancellationToken)
    {
        var payment = await db.Payments.AsNoTracking().FirstOrDefaultAsync(p => p.Id == query.Id, cancellationToken);
        return payment is not null && query.Caller.MayActFor(payment.CustomerId)
            ? PaymentResponse.From(payment)
            : throw new NotFoundException("Payment", query.Id);
    }

    public async ValueTask<Page<PaymentResponse>> Handle(ListPayments query, CancellationToken cancellationToken)
    {
        var payments = db.Payments.AsNoTracking();
        if (!query.Caller.IsAdmin)
        {
            payments = payments.Where(p => p.CustomerId == query.Caller.CustomerId);
        }

        payments = payments.WhereIf(!string.IsNullOrWhiteSpace(query.OrderId), p => p.OrderId == query.OrderId);

        return await payments.ToPageAsync(q => q.OrderByDescending(p => p.CreatedAt).ThenByDescending(p => p.Id), query.Paging, PaymentResponse.From, cancellationToken);
    }

    public async ValueTask<PaymentDto?> Handle(Contracts.GetPayment query, CancellationToken cancellationToken)
    {
        var payment = await db.Payments.AsNoTracking().FirstOrDefaultAsync(p => p.Id == query.PaymentId, cancellationToken);
        return payment is null ? null : PaymentResponse.From(payment).ToDto();
    }

    public async ValueTask<IReadOnlyList<PaymentDto>> Handle(GetOrderPayments query, CancellationToken cancellationToken) =>
        (await db.Payments.AsNoTracking().Where(p => p.OrderId == query.OrderId).OrderBy(p => p.CreatedAt).ToListAsync(cancellationToken))
        .Select(p => PaymentResponse.From(p).ToDto()).ToList();
}

internal sealed class ListPaymentsValidator : AbstractValidator<ListPayments>
{
    public ListPaymentsValidator()
    {
        this.ValidPaging(x => x.Paging);
        RuleFor(x => x.OrderId).MaximumLength(100);
    }
}
