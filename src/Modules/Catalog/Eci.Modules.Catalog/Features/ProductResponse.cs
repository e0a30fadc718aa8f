using Eci.Modules.Catalog.Domain;

namespace Eci.Modules.Catalog.Features;

/// <summary>A product as the API shows it: money as a decimal in its currency.</summary>
internal sealed record ProductResponse(
    int Id,
    string Sku,
    string Name,
    string? Description,
    string Category,
    decimal Price,
    string Currency,
    bool IsActive,
    DateTime CreatedAt,
    DateTime UpdatedAt)
{
    public static ProductResponse From(Product p) => new(
        p.Id, p.Sku, p.Name, p.Description, p.Category, p.Price.ToDecimal(), p.Currency, p.IsActive, p.CreatedAt, p.UpdatedAt);
}
