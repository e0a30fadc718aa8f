using Eci.Modules.Orders.Contracts;
using Eci.Modules.Orders.Domain;
using Eci.Modules.Orders.Persistence;
using Eci.Modules.Payments.Contracts;
using Eci.Shared.Auth;
using Eci.Shared.Contracts;
using Eci.Shared.Errors;
using Eci.Shared.Persistence;
using Eci.Shared.Validation;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Eci.Modules.Orders.Features.ViewOrders;

/// <summary>An order for its customer or an admin; anyone else is told it does not exist.</summary>
internal sealed record GetOrder(Guid Id, Caller Caller) : IQuery<OrderResponse>;

/// <summary>The caller's orders, newest first; an admin sees everyone's and may filter by status and customer.</summary>
internal sealed record ListOrders(PageRequest Paging, string? Status, int? CustomerId, Caller Caller) : IQuery<Page<OrderResponse>>;

internal sealed class OrderQueries(OrdersDbContext db)
    : IQueryHandler<GetOrder, OrderResponse>,
      IQueryHandler<ListOrders, Page<OrderResponse>>,
      IQueryHandler<GetOrderSummary, OrderSummary?>,
      IQueryHandler<GetPayableOrder, PayableOrder?>
{
    public async ValueTask<OrderResponse> Handle(GetOrder query, CancellationToken cancellationToken)
    {
        var order = await db.Orders.AsNoTracking().FirstOrDefaultAsync(o => o.Id == query.Id, cancellationToken);
        return order is not null && query.Caller.MayActFor(order.CustomerId)
            ? OrderResponse.From(order)
            : throw new NotFoundException("Order", query.Id);
    }

    public async ValueTask<Page<OrderResponse>> Handle(ListOrders query, CancellationToken cancellationToken)
    {
        var orders = db.Orders.AsNoTracking();
        orders = query.Caller.IsAdmin
            ? query.CustomerId is { } customer ? orders.Where(o => o.CustomerId == customer) : orders
            : orders.Where(o => o.CustomerId == query.Caller.CustomerId);
        if (query.Status is { } status)
        {
            orders = orders.Where(o => o.Status == status);
        }

        return await orders.ToPageAsync(q => q.OrderByDescending(o => o.CreatedAt).ThenByDescending(o => o.Id), query.Paging, OrderResponse.From, cancellationToken);
    }

    public async ValueTask<OrderSummary?> Handle(GetOrderSummary query, CancellationToken cancellationToken)
    {
        var order = await db.Orders.AsNoTracking().FirstOrDefaultAsync(o => o.Id == query.OrderId, cancellationToken);
        if (order is null)
        {
            return null;
        }

        var a = order.ShippingAddress;
        return new OrderSummary(
            order.Id, order.CustomerId, order.Status, new OrderShipTo(a.Line1, a.Line2, a.City, a.PostalCode, a.Country),
            order.Lines.Select(l => new OrderLineSummary(l.ProductId, l.Name, l.Quantity, new Money(l.UnitPriceMinor, order.Currency))).ToList(),
            order.PaymentStatus);
    }

    public async ValueTask<PayableOrder?> Handle(GetPayableOrder query, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(query.OrderId, out var id))
        {
            return null;
        }

        var customer = await db.Orders.AsNoTracking().Where(o => o.Id == id).Select(o => (int?)o.CustomerId).FirstOrDefaultAsync(cancellationToken);
        return customer is { } customerId ? new PayableOrder(id.ToString(), customerId) : null;
    }
}

internal sealed class ListOrdersValidator : AbstractValidator<ListOrders>
{
    public ListOrdersValidator()
    {
        this.ValidPaging(x => x.Paging);
        RuleFor(x => x.Status).Must(s => s is null || OrderStatus.All.Contains(s))
            .WithMessage($"'status' must be one of {string.Join(", ", OrderStatus.All)}.");
    }
}
