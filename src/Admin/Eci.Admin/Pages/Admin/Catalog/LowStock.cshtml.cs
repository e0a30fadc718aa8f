using Eci.Modules.Catalog.Contracts;
using Eci.Modules.Inventory.Contracts;
using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Eci.Admin.Pages.Admin.Catalog;

public sealed class LowStockModel(ISender sender) : PageModel
{
    public LowStockReport Report { get; private set; } = new(0, []);

    public IReadOnlyDictionary<int, ProductSnapshot> Products { get; private set; } = new Dictionary<int, ProductSnapshot>();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Report = await sender.Send(new GetLowStock(100), cancellationToken);
        var ids = Report.Products.Select(p => p.ProductId).ToList();
        Products = ids.Count == 0
            ? new Dictionary<int, ProductSnapshot>()
            : (await sender.Send(new GetProductsByIds(ids), cancellationToken)).ToDictionary(p => p.Id);
    }
}
