using Mediator;

namespace Eci.Modules.Shipping.Features.ShipOrder;

// An admin ships an order by hand (the seed API's shape: order_id, address, city); the rest of the address and the
// items come from the order, which must be paid. An order whose stock comes from several warehouses gets one shipment
// per warehouse (the first is answered; GET /v1/shipments?order_id= lists them all); an order that has its shipments
// gets the first back.
internal sealed record ShipOrder(string? OrderId, string? Address, string? City, string? PostalCode, string? Country, string? Carrier)
    : ICommand<ShipOrderResult>;
