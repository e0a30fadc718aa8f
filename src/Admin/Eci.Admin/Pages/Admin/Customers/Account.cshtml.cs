using Eci.Modules.Customers.Contracts;
using Eci.Modules.Orders.Contracts;
using Eci.Shared.Contracts;
using Mediator;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Eci.Admin.Pages.Admin.Customers;

public sealed class AccountModel(ISender sender) : FormPageModel
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty]
    public bool Confirm { get; set; }

    public IssuedPasswordToken? Issued { get; private set; }

    public CustomerContact? Customer { get; private set; }

    public Page<OrderView> Orders { get; private set; } = new([], 1, 10, 0);

    // The token is shown in this answer only, never in a URL or a redirect.
    public async Task<IActionResult> OnPostIssueTokenAsync(CancellationToken cancellationToken)
    {
        if (Confirm)
        {
            Issued = await sender.Send(new IssueCustomerPasswordToken(Id), cancellationToken);
        }
        else
        {
            ModelState.AddModelError(nameof(Confirm), "Tick the box to confirm.");
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }

        return await OnGetAsync(cancellationToken);
    }

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
