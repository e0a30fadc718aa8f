using Eci.Modules.Orders.Contracts;
using Eci.Shared.Contracts;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Eci.Admin.Pages.Admin.Orders;

public sealed class OrdersModel(ISender sender) : PageModel
{
    public const int PageSize = 25;

    public static IReadOnlyList<string> Statuses { get; } =
    [
        OrderStatuses.Pending, OrderStatuses.StockReserved, OrderStatuses.Paid, OrderStatuses.Fulfilling, OrderStatuses.Completed,
        OrderStatuses.Cancelling, OrderStatuses.Cancelled, OrderStatuses.Returned,
    ];

    [BindProperty(SupportsGet = true, Name = "status")]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "customer")]
    public int? Customer { get; set; }

    [BindProperty(SupportsGet = true, Name = "placed")]
    public DateOnly? Placed { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public Page<OrderView> Orders { get; private set; } = new([], 1, PageSize, 0);

    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var status = string.IsNullOrEmpty(Status) ? null : Status;
        try
        {
            Orders = await sender.Send(new SearchOrders(
                new PageRequest(Math.Max(1, PageNumber), PageSize), status, Customer,
                Placed?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), Placed?.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc)), cancellationToken);
        }
        catch (ValidationException e)
        {
            Error = string.Join(" ", e.Errors.Select(f => f.ErrorMessage));
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }
    }

    public PageLinks Links => PageLinks.For(Orders, "/admin/orders", new Dictionary<string, string?>
    {
        ["status"] = Status,
        ["customer"] = Customer?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["placed"] = Placed?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
    });
}
