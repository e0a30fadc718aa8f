using Eci.Modules.Inventory.Contracts;
using Eci.Shared.Errors;

namespace Eci.Modules.Inventory.Domain;

/// <summary>409 with what is available of each product that is short.</summary>
internal sealed class InsufficientStockException : ProblemException
{
    public InsufficientStockException(IReadOnlyList<Shortage> shortages)
        : base(InventoryErrorCodes.InsufficientStock, "Insufficient stock", "Not enough stock for: " + string.Join(", ", shortages.Select(s => $"product {s.ProductId} (requested {s.Requested}, available {s.Available})")) + ".")
    {
        Extensions["shortages"] = shortages.Select(s => new { product_id = s.ProductId, requested = s.Requested, available = s.Available }).ToList();
    }

    public override int StatusCode => 409;
}
