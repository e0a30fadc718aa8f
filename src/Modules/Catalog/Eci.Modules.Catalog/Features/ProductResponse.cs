using System.Linq.Expressions;
using System.Text.Json.Serialization;
using Eci.Modules.Catalog.Domain;
using Eci.Shared.Contracts;
using Eci.Shared.Preconditions;

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
    DateTime UpdatedAt) : IVersionedResource
{
    [JsonIgnore]
    public int Version { get; init; }

    /// <summary>The same mapping as a query projection, so that a read fetches only the columns shown.</summary>
    public static readonly Expression<Func<Product, ProductResponse>> Columns = p => new ProductResponse(
        p.Id, p.Sku, p.Name, p.Description, p.Category, new Money(p.PriceMinor, p.Currency).ToDecimal(), p.Currency, p.IsActive, p.CreatedAt, p.UpdatedAt)
    {
        Version = p.Version,
    };

    public static ProductResponse From(Product p) => new(
        p.Id, p.Sku, p.Name, p.Description, p.Category, p.Price.ToDecimal(), p.Currency, p.IsActive, p.CreatedAt, p.UpdatedAt)
    {
        Version = p.Version,
    };
}
