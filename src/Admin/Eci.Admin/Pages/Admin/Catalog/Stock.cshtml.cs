using Eci.Modules.Catalog.Contracts;
using Eci.Modules.Inventory.Contracts;
using Eci.Shared.Errors;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Eci.Admin.Pages.Admin.Catalog;

public sealed class StockModel(ISender sender) : FormPageModel
{
    public static readonly (string Handler, string Title, string AmountLabel)[] Changes =
    [
        ("Receive", "Receive stock", "Quantity received"),
        ("Adjust", "Adjust stock", "Change (negative for damage or loss)"),
    ];

    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty(SupportsGet = true, Name = "audit")]
    public bool RunAudit { get; set; }

    [BindProperty(SupportsGet = true, Name = "changed")]
    public bool JustChanged { get; set; }

    [BindProperty]
    public string? Warehouse { get; set; }

    [BindProperty]
    public int? Amount { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public string? IdempotencyKey { get; set; }

    public string? Handler { get; private set; }

    public string FormKey { get; } = "admin-stock-" + Guid.NewGuid().ToString("N");

    public ProductSnapshot? Product { get; private set; }

    public ProductAvailability? Stock { get; private set; }

    public IReadOnlyList<ActiveHold> Holds { get; private set; } = [];

    public StockAuditResult? Audit { get; private set; }

    public string? Notice { get; private set; }

    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        Audit = RunAudit ? await sender.Send(new GetStockAudit(), cancellationToken) : null;
        Notice = JustChanged ? "The stock change was recorded." : null;
        return Page();
    }

    public Task<IActionResult> OnPostReceiveAsync(CancellationToken cancellationToken) =>
        ChangeAsync("Receive", (warehouse, amount) => new ReceiveStockAt(Id, warehouse, amount, Reason, IdempotencyKey ?? FormKey), cancellationToken);

    public Task<IActionResult> OnPostAdjustAsync(CancellationToken cancellationToken) =>
        ChangeAsync("Adjust", (warehouse, amount) => new AdjustStockAt(Id, warehouse, amount, Reason, IdempotencyKey ?? FormKey), cancellationToken);

    private async Task<IActionResult> ChangeAsync(string handler, Func<string, int, ICommand> command, CancellationToken cancellationToken)
    {
        Handler = handler;
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (string.IsNullOrWhiteSpace(Warehouse))
        {
            ModelState.AddModelError(nameof(Warehouse), "Enter the warehouse's code.");
        }

        if (Amount is null)
        {
            ModelState.AddModelError(nameof(Amount), "Enter a whole number.");
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        try
        {
            await sender.Send(command(Warehouse!.Trim(), Amount!.Value), cancellationToken);
            return Redirect($"/admin/inventory/{Id}?changed=true");
        }
        catch (ValidationException e)
        {
            foreach (var failure in e.Errors)
            {
                ModelState.AddModelError(FieldOf(failure.PropertyName), failure.ErrorMessage);
            }

            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }
        catch (ProblemException e)
        {
            Problem = e.Message;
            Response.StatusCode = e.StatusCode;
            return Page();
        }
    }

    private static string FieldOf(string property) =>
        property.Contains("warehouse", StringComparison.OrdinalIgnoreCase) ? nameof(Warehouse)
        : property.Contains("reason", StringComparison.OrdinalIgnoreCase) ? nameof(Reason)
        : nameof(Amount);

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        Product = (await sender.Send(new GetProductsByIds([Id]), cancellationToken)).FirstOrDefault();
        if (Product is null)
        {
            return false;
        }

        Stock = (await sender.Send(new GetAvailability([Id]), cancellationToken)).FirstOrDefault();
        Holds = await sender.Send(new GetActiveHolds(Id), cancellationToken);
        return true;
    }
}
