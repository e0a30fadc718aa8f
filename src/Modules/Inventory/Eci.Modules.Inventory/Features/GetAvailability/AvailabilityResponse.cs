using System.Text.Json.Serialization;
using Eci.Modules.Inventory.Contracts;

namespace Eci.Modules.Inventory.Features.GetAvailability;

/// <summary>A product's availability over HTTP; with a promise when a quantity was asked about.</summary>
internal sealed record AvailabilityResponse(
    int ProductId, long OnHand, long Reserved, long Committed, long Available, IReadOnlyList<WarehouseAvailability> Warehouses,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] PromiseResponse? Promise)
{
    public static AvailabilityResponse Of(ProductAvailability a, PromiseResponse? promise) =>
        new(a.ProductId, a.OnHand, a.Reserved, a.Committed, a.Available, a.Warehouses, promise);
}
