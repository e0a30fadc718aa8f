using Eci.Shared.Auth;
using Eci.Shared.Contracts;
using Mediator;

namespace Eci.Modules.Shipping.Features.ListShipments;

/// <summary>The caller's shipments (an admin's: everyone's), optionally of one order, newest first.</summary>
internal sealed record ListShipments(PageRequest Paging, string? OrderId, Caller Caller) : IQuery<Page<ShipmentResponse>>;
