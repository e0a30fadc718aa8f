using Eci.Modules.Inventory.Domain;
using Eci.Shared.Errors;

namespace Eci.Modules.Inventory.Stock;

/// <summary>409: the change would take a stock row above <see cref="StockLimits.MaxOnHand"/>; nothing was changed.</summary>
internal sealed class StockLimitExceededException : ProblemException
{
    public StockLimitExceededException(int productId, string? warehouse, int adding)
        : base("stock_limit_exceeded", "Stock limit exceeded",
            $"Adding {adding} to product {productId}{(warehouse is null ? string.Empty : $" in {warehouse}")} would take its on-hand stock above {StockLimits.MaxOnHand:N0}.")
    {
        Extensions["product_id"] = productId;
        Extensions["max_on_hand"] = StockLimits.MaxOnHand;
    }

    public override int StatusCode => 409;
}
