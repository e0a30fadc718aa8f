using Eci.Modules.Customers.Contracts;
using Eci.Shared.Contracts;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Eci.Admin.Pages.Admin.Customers;

public sealed class CustomersModel(ISender sender) : PageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true, Name = "email")]
    public string? Email { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public Page<CustomerContact> Customers { get; private set; } = new([], 1, PageSize, 0);

    public PageLinks Links => PageLinks.For(Customers, "/admin/customers", new Dictionary<string, string?> { ["email"] = Email });

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var part = Email is { Length: > 0 and <= 254 } e ? e : null;
        Customers = await sender.Send(new SearchCustomers(new PageRequest(Math.Max(1, PageNumber), PageSize), part), cancellationToken);
    }
}
