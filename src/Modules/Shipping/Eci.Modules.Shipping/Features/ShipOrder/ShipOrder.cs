using Mediator;

namespace Eci.Modules.Shipping.Features.ShipOrder;

// An admin ships an order by hand (the seed API's shape: order_id, address, city); the rest of the address and the
// items come from the order, which must be paid. An order that has a shipment gets it back.
internal sealed record ShipOrder(string? OrderId, string? Address, string? City, string? PostalCode, string? Country, string? Carrier)
    : ICommand<ShipOrderResult>;
