using Eci.Modules.Shipping.Contracts;
using Eci.Modules.Shipping.Features.CreateShipment;
using Eci.Shared.Contracts;
using Eci.Shared.Errors;
using Mediator;
using Microsoft.Extensions.Options;

namespace Eci.Modules.Shipping.Features.ShipOrder;

internal sealed class ShipOrderHandler(ShipmentCreator creator, ISender sender, IOptions<ShippingOptions> options)
    : ICommandHandler<ShipOrder, ShipOrderResult>
{
    public async ValueTask<ShipOrderResult> Handle(ShipOrder command, CancellationToken cancellationToken)
    {
        var order = Guid.TryParse(command.OrderId, out var orderId)
            ? await sender.Send(new GetShippableOrder(orderId), cancellationToken)
            : null;
        if (order is null)
        {
            throw new NotFoundException("Order", command.OrderId ?? string.Empty);
        }

        ShippableOrders.Ensure(order);

        var to = order.ShipTo;
        var address = new PostalAddress(
            command.Address?.Trim() ?? to.Line1,
            command.Address is null ? to.Line2 : null,
            command.City?.Trim() ?? to.City,
            command.PostalCode?.Trim() ?? to.PostalCode,
            command.Country?.Trim().ToUpperInvariant() ?? to.Country);
        var (shipments, created) = await creator.CreateAsync(
            order.OrderId, order.CustomerId, options.Value.Find(command.Carrier)!, address, order.Items, cancellationToken);
        return new ShipOrderResult(ShipmentResponse.From(shipments[0]), created);
    }
}
