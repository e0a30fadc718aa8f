using Eci.Shared.Contracts;

namespace Eci.Modules.Catalog.Contracts;

/// <summary>What another module may remember of a product: the price it is sold at now, and its name for the record.</summary>
public sealed record ProductSnapshot(int Id, string Sku, string Name, string Category, Money Price, bool IsActive);
