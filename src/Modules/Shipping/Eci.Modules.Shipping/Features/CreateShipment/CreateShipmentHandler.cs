using Eci.Modules.Shipping.Contracts;
using Mediator;
using Microsoft.Extensions.Options;
using CreateShipmentCommand = Eci.Modules.Shipping.Contracts.CreateShipment;

namespace Eci.Modules.Shipping.Features.CreateShipment;

internal sealed class CreateShipmentHandler(ShipmentCreator creator, IOptions<ShippingOptions> options)
    : ICommandHandler<CreateShipmentCommand, ShipmentDto>
{
    public async ValueTask<ShipmentDto> Handle(CreateShipmentCommand command, CancellationToken cancellationToken)
    {
        var (shipment, _) = await creator.CreateAsync(
            command.OrderId, command.CustomerId, options.Value.Find(command.Carrier)!, command.Address, command.Items, cancellationToken);
        return shipment.ToDto();
    }
}
