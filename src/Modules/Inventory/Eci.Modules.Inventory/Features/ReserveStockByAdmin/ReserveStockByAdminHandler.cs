using Mediator;

namespace Eci.Modules.Inventory.Features.ReserveStockByAdmin;

internal sealed class ReserveStockByAdminHandler(KnownProducts products, ISender sender) : ICommandHandler<ReserveStockByAdmin, ReservationResponse>
{
    public async ValueTask<ReservationResponse> Handle(ReserveStockByAdmin command, CancellationToken cancellationToken)
    {
        await products.EnsureOnSaleAsync(command.Request.Lines.Select(l => l.ProductId).Distinct().ToList(), "lines", cancellationToken);
        return await sender.Send(command.Request, cancellationToken);
    }
}
