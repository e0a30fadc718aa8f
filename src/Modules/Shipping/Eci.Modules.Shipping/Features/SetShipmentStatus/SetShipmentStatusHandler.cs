using Mediator;

namespace Eci.Modules.Shipping.Features.SetShipmentStatus;

// The API's own command does the work, so its transitions and messages hold wherever a status is set.
internal sealed class SetShipmentStatusHandler(ISender sender) : ICommandHandler<Contracts.SetShipmentStatus>
{
    public async ValueTask<Unit> Handle(Contracts.SetShipmentStatus command, CancellationToken cancellationToken)
    {
        await sender.Send(new ChangeShipmentStatus.ChangeShipmentStatus(command.ShipmentId, command.Status, command.Note), cancellationToken);
        return Unit.Value;
    }
}
