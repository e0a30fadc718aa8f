using Eci.Shared.Auth;
using Mediator;

namespace Eci.Modules.Shipping.Features.GetShipment;

internal sealed record GetShipment(Guid Id, Caller Caller) : IQuery<ShipmentResponse>;
