using Eci.Shared.Contracts;
using Mediator;

namespace Eci.Modules.Catalog.Contracts;

/// <summary>
/// Products by id, active and inactive alike, for an operator; <see cref="Text"/> matches a part of the name (any letter
/// case) or the exact SKU.
/// </summary>
public sealed record SearchProducts(PageRequest Paging, string? Text = null) : IQuery<Page<ProductSnapshot>>;
