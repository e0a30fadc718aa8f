using Eci.Modules.Catalog.Contracts;
using Eci.Modules.Inventory.Contracts;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Eci.Admin.Pages.Admin.Catalog;

public sealed class StockModel(ISender sender) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    public ProductSnapshot? Product { get; private set; }

    public ProductAvailability? Stock { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Product = (await sender.Send(new GetProductsByIds([Id]), cancellationToken)).FirstOrDefault();
        if (Product is null)
        {
            return NotFound();
        }

        Stock = (await sender.Send(new GetAvailability([Id]), cancellationToken)).FirstOrDefault();
        return Page();
    }
}
