using Eci.Modules.Shipping.Contracts;
using Mediator;
using Microsoft.Extensions.Options;
using CreateShipmentCommand = Eci.Modules.Shipping.Contracts.CreateShipment;

namespace Eci.Modules.Shipping.Features.CreateShipment;

internal sealed class CreateShipmentHandler(ShipmentCreator creator, IOptions<ShippingOptions> options)
    : ICommandHandler<CreateShipmentCommand, IReadOnlyList<ShipmentDto>>
{
    public async ValueTask<IReadOnlyList<ShipmentDto>> Handle(CreateShipmentCommand command, CancellationToken cancellationToken)
    {
        var (shipments, _) = await creator.CreateAsync(
            command.OrderId, command.CustomerId, options.Value.Find(command.Carrier)!, command.Address, command.Items, cancellationToken);
        return shipments.Select(s => s.ToDto()).ToList();
    }
}
