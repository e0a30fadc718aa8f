using Eci.Modules.Catalog.Contracts;
using Eci.Modules.Inventory.Contracts;
using Eci.Shared.Contracts;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Eci.Admin.Pages.Admin.Catalog;

public sealed class CatalogModel(ISender sender) : PageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public Page<ProductSnapshot> Products { get; private set; } = new([], 1, PageSize, 0);

    public IReadOnlyDictionary<int, ProductAvailability> Stock { get; private set; } = new Dictionary<int, ProductAvailability>();

    public PageLinks Links => PageLinks.For(Products, "/admin/catalog", new Dictionary<string, string?> { ["q"] = Query });

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var text = Query is { Length: > 0 and <= 200 } q ? q : null;
        Products = await sender.Send(new SearchProducts(new PageRequest(Math.Max(1, PageNumber), PageSize), text), cancellationToken);
        var ids = Products.Items.Select(p => p.Id).ToList();
        Stock = ids.Count == 0
            ? new Dictionary<int, ProductAvailability>()
            : (await sender.Send(new GetAvailability(ids), cancellationToken)).ToDictionary(s => s.ProductId);
    }
}
