using Eci.Modules.Shipping.Contracts;
using Eci.Modules.Shipping.Persistence;
using Eci.Shared.Auth;
using Eci.Shared.Contracts;
using Eci.Shared.Errors;
using Eci.Shared.Persistence;
using Eci.Shared.Validation;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Eci.Modules.Shipping.Features.ViewShipments;

/// <summary>A shipment with its history, for its customer or an admin; anyone else is told it does not exist.</summary>
internal sealed record ShowShipment(Guid Id, Caller Caller) : IQuery<ShipmentResponse>;

/// <summary>The caller's shipments (an admin's: everyone's), optionally of one order, newest first.</summary>
internal sealed record ListShipments(PageRequest Paging, string? OrderId, Caller Caller) : IQuery<Page<ShipmentResponse>>;

internal sealed class ShipmentQueries(ShippingDbContext db)
    : IQueryHandler<ShowShipment, ShipmentResponse>,
      IQueryHandler<ListShipments, Page<ShipmentResponse>>,
      IQueryHandler<GetOrderShipments, IReadOnlyList<ShipmentDto>>
{
    public async ValueTask<ShipmentResponse> Handle(ShowShipment query, CancellationToken cancellationToken)
    {
        var shipment = await db.Shipments.AsNoTracking().FirstOrDefaultAsync(s => s.Id == query.Id, cancellationToken);
        return shipment is not null && query.Caller.MayActFor(shipment.CustomerId)
            ? ShipmentResponse.From(shipment)
            : throw new NotFoundException("Shipment", query.Id);
    }

    public async ValueTask<Page<ShipmentResponse>> Handle(ListShipments query, CancellationToken cancellationToken)
    {
        var shipments = db.Shipments.AsNoTracking();
        if (!query.Caller.IsAdmin)
        {
            shipments = shipments.Where(s => s.CustomerId == query.Caller.CustomerId);
        }

        shipments = shipments.WhereIf(!string.IsNullOrWhiteSpace(query.OrderId), s => s.OrderId == query.OrderId);

        return await shipments.ToPageAsync(q => q.OrderByDescending(s => s.CreatedAt).ThenByDescending(s => s.Id), query.Paging, ShipmentResponse.From, cancellationToken);
    }

    public async ValueTask<IReadOnlyList<ShipmentDto>> Handle(GetOrderShipments query, CancellationToken cancellationToken) =>
        (await db.Shipments.AsNoTracking().Where(s => s.OrderId == query.OrderId).OrderBy(s => s.CreatedAt).ToListAsync(cancellationToken))
        .Select(s => s.ToDto()).ToList();
}

internal sealed class ListShipmentsValidator : AbstractValidator<ListShipments>
{
    public ListShipmentsValidator()
    {
        this.ValidPaging(x => x.Paging);
        RuleFor(x => x.OrderId).MaximumLength(100);
    }
}
