using Eci.Modules.Inventory.Domain;
using Eci.Modules.Inventory.Persistence;
using Eci.Modules.Inventory.Stock;
using Eci.Shared.Auth;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Eci.Modules.Inventory.Features.GetStock;

/// <summary>Sets a product's own low-stock threshold (null goes back to the configured default).</summary>
internal sealed record SetThreshold(int ProductId, int? Threshold) : ICommand<StockResponse>;

internal sealed record ThresholdRequest(int? LowStockThreshold);

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
        return await sender.Send(new GetStock(command.ProductId), cancellationToken);
    }
}

internal sealed class SetThresholdValidator : AbstractValidator<SetThreshold>
{
    public SetThresholdValidator() => RuleFor(x => x.Threshold).InclusiveBetween(0, 1_000_000).OverridePropertyName("low_stock_threshold");
}

internal static class SetThresholdEndpoint
{
    public static void Map(RouteGroupBuilder inventory) =>
        inventory.MapPut("/{product_id:int}/threshold", async ([FromRoute(Name = "product_id")] int productId, ThresholdRequest body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new SetThreshold(productId, body.LowStockThreshold), ct)))
            .WithName("SetLowStockThreshold")
            .RequireAuthorization(Policies.Admin)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
