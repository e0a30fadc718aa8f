using Eci.Modules.Inventory.Contracts;
using Mediator;

namespace Eci.Modules.Inventory.Features.ReserveStockByAdmin;

/// <summary>An admin reserves named products over HTTP: the products must be known and on sale, then it is the ReserveStock contract.</summary>
internal sealed record ReserveStockByAdmin(Contracts.ReserveStock Request) : ICommand<ReservationDto>;
