using Eci.Shared.Contracts;
using Mediator;

namespace Eci.Modules.Catalog.Features.ListProducts;

// One query behind both the list and the search endpoints. Price bounds are in Currency (the catalog's default when
// absent) and only match products priced in it.
internal sealed record ListProducts(
    PageRequest Paging,
    string? Sort = null,
    string? Order = null,
    string? Category = null,
    bool? IsActive = null,
    string? Name = null,
    decimal? MinPrice = null,
    decimal? MaxPrice = null,
    string? Currency = null) : IQuery<Page<ProductResponse>>
{
    public static readonly IReadOnlyList<string> SortFields = ["name", "price", "created_at"];
    public static readonly IReadOnlyList<string> Orders = ["asc", "desc"];
}
