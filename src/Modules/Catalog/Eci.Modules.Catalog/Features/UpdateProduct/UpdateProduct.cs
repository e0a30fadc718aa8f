using System.Text.Json.Serialization;
using Eci.Shared.Preconditions;
using Mediator;

namespace Eci.Modules.Catalog.Features.UpdateProduct;

/// <summary>Replaces a product's fields; an omitted description, currency or is_active keeps its current value.</summary>
internal sealed record UpdateProduct(
    string? Sku,
    string? Name,
    string? Description,
    string? Category,
    decimal? Price,
    string? Currency,
    bool? IsActive) : ICommand<ProductResponse>, IProductInput
{
    [JsonIgnore]
    public int Id { get; init; }

    [JsonIgnore]
    public IfMatch? IfMatch { get; init; }
}
