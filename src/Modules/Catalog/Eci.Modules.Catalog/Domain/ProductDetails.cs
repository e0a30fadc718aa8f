using Eci.Shared.Contracts;

namespace Eci.Modules.Catalog.Domain;

/// <summary>The fields of a product that callers set; already validated.</summary>
internal sealed record ProductDetails(string Sku, string Name, string? Description, string Category, Money Price, bool IsActive);
