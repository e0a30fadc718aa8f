using Eci.Modules.Customers.Contracts;
using Eci.Modules.Orders.Contracts;
using Eci.Shared.Contracts;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Eci.Admin.Pages.Admin.Customers;

public sealed class AccountModel(ISender sender) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    public CustomerContact? Customer { get; private set; }

    public Page<OrderView> Orders { get; private set; } = new([], 1, 10, 0);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Customer = await sender.Send(new GetCustomerContact(Id), cancellationToken);
        if (Customer is null)
        {
            return NotFound();
        }

        Orders = await sender.Send(new SearchOrders(new PageRequest(1, 10), CustomerId: Id), cancellationToken);
        return Page();
    }
}
