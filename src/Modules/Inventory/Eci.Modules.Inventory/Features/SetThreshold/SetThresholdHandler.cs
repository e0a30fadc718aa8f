using Eci.Modules.Inventory.Domain;
using Eci.Modules.Inventory.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Eci.Modules.Inventory.Features.SetThreshold;

internal sealed class SetThresholdHandler(InventoryDbContext db, KnownProducts products, ISender sender) : ICommandHandler<SetThreshold, StockResponse>
{
    public async ValueTask<StockResponse> Handle(SetThreshold command, CancellationToken cancellationToken)
    {
        await products.EnsureExistAsync([command.ProductId], "product_id", cancellationToken);
        var own = await db.Thresholds.FirstOrDefaultAsync(t => t.ProductId == command.ProductId, cancellationToken);
        if (command.Threshold is not { } threshold)
        {
            if (own is not null)
            {
                db.Thresholds.Remove(own);
            }
        }
        else if (own is null)
        {
            db.Thresholds.Add(new LowStockThreshold(command.ProductId, threshold));
        }
        else
        {
            own.Threshold = threshold;
        }

        await db.SaveChangesAsync(cancellationToken);
        return await sender.Send(new GetStock.GetStock(command.ProductId), cancellationToken);
    }
}
