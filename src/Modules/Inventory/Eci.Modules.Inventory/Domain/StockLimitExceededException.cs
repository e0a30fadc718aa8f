using Eci.Modules.Inventory.Contracts;
using Eci.Shared.Errors;

namespace Eci.Modules.Inventory.Domain;

/// <summary>409: the change would take a stock row above StockLimits.MaxOnHand; nothing was changed.</summary>
internal sealed class StockLimitExceededException : ProblemException
{
    public StockLimitExceededException(int productId, string? warehouse, int adding)
        : base(InventoryErrorCodes.StockLimitExceeded, "Stock limit exceeded",
            $"Adding {adding} to product {productId}{(warehouse is null ? string.Empty : $" in {warehouse}")} would take its on-hand stock above {StockLimits.MaxOnHand:N0}.")
    {
        Extensions["product_id"] = productId;
        Extensions["max_on_hand"] = StockLimits.MaxOnHand;
    }

    public override int StatusCode => 409;
}
