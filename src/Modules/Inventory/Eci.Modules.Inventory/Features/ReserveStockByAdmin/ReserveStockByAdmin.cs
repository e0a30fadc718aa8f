using Mediator;

namespace Eci.Modules.Inventory.Features.ReserveStockByAdmin;

/// <summary>An admin reserves named products over HTTP: the products must be known and on sale, then the stock is held as for an order.</summary>
internal sealed record ReserveStockByAdmin(HoldStock.HoldStock Request) : ICommand<ReservationResponse>;
