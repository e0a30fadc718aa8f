using System.Globalization;
using Eci.Modules.Inventory.Contracts;
using Eci.Modules.Notifications.Contracts;
using Eci.Modules.Orders.Contracts;
using Eci.Modules.Payments.Contracts;
using Eci.Modules.Shipping.Contracts;
using Eci.Shared.Contracts;
using Eci.Shared.Errors;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Eci.Admin.Pages.Admin.Orders;

public sealed class OrderDetailsModel(ISender sender) : FormPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true, Name = "refunded")]
    public bool JustRefunded { get; set; }

    [BindProperty]
    public Guid PaymentId { get; set; }

    [BindProperty]
    public string? Amount { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public bool Confirm { get; set; }

    [BindProperty]
    public string? IdempotencyKey { get; set; }

    [BindProperty]
    public Guid ShipmentId { get; set; }

    [BindProperty]
    public string? ShipmentStatus { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    [BindProperty(SupportsGet = true, Name = "done")]
    public string? Done { get; set; }

    public static IReadOnlyList<string> ShipmentStatusChoices { get; } =
    [
        ShipmentStatuses.Shipped, ShipmentStatuses.InTransit, ShipmentStatuses.OutForDelivery, ShipmentStatuses.Delivered,
        ShipmentStatuses.Returned, ShipmentStatuses.Cancelled,
    ];

    public bool MayCancel => Order?.Status is OrderStatuses.Pending or OrderStatuses.StockReserved or OrderStatuses.Paid or OrderStatuses.Fulfilling;

    public OrderView? Order { get; private set; }

    public IReadOnlyList<PaymentDto> Payments { get; private set; } = [];

    public IReadOnlyList<ShipmentDto> Shipments { get; private set; } = [];

    public IReadOnlyList<NotificationDto> Notifications { get; private set; } = [];

    public IReadOnlyList<OrderHistoryEntry> Timeline { get; private set; } = [];

    public IReadOnlyDictionary<int, ProductAvailability> Stock { get; private set; } = new Dictionary<int, ProductAvailability>();

    public PaymentDto? Refundable => Payments.FirstOrDefault(p => p.Status is PaymentStatuses.Succeeded or PaymentStatuses.PartiallyRefunded);

    /// <summary>One key per rendering of the form, so a double submit refunds once.</summary>
    public string FormKey { get; } = "admin-refund-" + Guid.NewGuid().ToString("N");

    public string? Notice { get; private set; }

    public ProblemNote? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        Notice = JustRefunded ? "The refund was recorded." : Done switch
        {
            "cancelled" => "The order was cancelled.",
            "shipment" => "The shipment's status was changed.",
            _ => null,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostRefundAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        var payment = Payments.FirstOrDefault(p => p.Id == PaymentId);
        var amount = ParseAmount(payment);
        if (!Confirm)
        {
            ModelState.AddModelError(nameof(Confirm), "Tick the box to confirm the refund.");
        }

        if (payment is null)
        {
            Problem = new ProblemNote("Unknown payment.", "The payment is not one of this order's.");
        }

        if (payment is null || !ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        try
        {
            await sender.Send(new RefundPayment(payment.Id, amount, Reason ?? string.Empty, IdempotencyKey), cancellationToken);
            await FollowRefundAsync(payment.Id, cancellationToken);
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
            Problem = new ProblemNote(e.Title + ".", e.Message);
            Response.StatusCode = e.StatusCode;
            await LoadAsync(cancellationToken);
            return Page();
        }

        return Redirect($"/admin/orders/{Id}?refunded=true");
    }

    public Task<IActionResult> OnPostCancelAsync(CancellationToken cancellationToken) =>
        ActAsync("CancelConfirm", new CancelOrderByOperator(Id), "cancelled", cancellationToken);

    public Task<IActionResult> OnPostShipmentAsync(CancellationToken cancellationToken) =>
        ActAsync("ShipmentConfirm", new SetShipmentStatus(ShipmentId, ShipmentStatus ?? string.Empty, Note), "shipment", cancellationToken);

    private async Task<IActionResult> ActAsync(string confirmField, ICommand command, string done, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (!Confirm)
        {
            ModelState.AddModelError(confirmField, "Tick the box to confirm.");
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        try
        {
            await sender.Send(command, cancellationToken);
            return Redirect($"/admin/orders/{Id}?done={done}");
        }
        catch (ValidationException e)
        {
            Problem = new ProblemNote("Validation failed.", string.Join(" ", e.Errors.Select(f => f.ErrorMessage)));
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }
        catch (ProblemException e)
        {
            Problem = new ProblemNote(e.Title + ".", e.Message);
            Response.StatusCode = e.StatusCode;
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    // As the API does: the order follows before the page answers. The refund stands either way; should this fail (the
    // order busy), the PaymentRefunded event moves the order shortly after.
    private async Task FollowRefundAsync(Guid paymentId, CancellationToken cancellationToken)
    {
        try
        {
            await sender.Send(new ApplyOrderRefund(paymentId, Id), cancellationToken);
        }
        catch (ProblemException)
        {
        }
    }

    private Money? ParseAmount(PaymentDto? payment)
    {
        if (string.IsNullOrWhiteSpace(Amount) || payment is null)
        {
            return null;
        }

        if (decimal.TryParse(Amount, NumberStyles.Number, CultureInfo.InvariantCulture, out var value)
            && value > 0
            && Money.TryFromDecimal(value, payment.Amount.Currency, out var money))
        {
            return money;
        }

        ModelState.AddModelError(nameof(Amount), $"Enter a positive amount of {payment.Amount.Currency}, such as 12.50.");
        return null;
    }

    private static string FieldOf(string property) =>
        property.Equals("reason", StringComparison.OrdinalIgnoreCase) ? nameof(Reason)
        : property.StartsWith("amount", StringComparison.OrdinalIgnoreCase) ? nameof(Amount)
        : property;

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        Order = await sender.Send(new GetOrderView(Id), cancellationToken);
        if (Order is null)
        {
            return false;
        }

        Payments = await sender.Send(new GetOrderPayments(Id), cancellationToken);
        Shipments = await sender.Send(new GetOrderShipments(Id), cancellationToken);
        Notifications = await sender.Send(new GetOrderNotifications(Id), cancellationToken);
        Timeline = await sender.Send(new GetOrderTimelineView(Id), cancellationToken) ?? [];
        var products = Order.Lines.Select(l => l.ProductId).Distinct().ToList();
        Stock = (await sender.Send(new GetAvailability(products), cancellationToken)).ToDictionary(s => s.ProductId);
        return true;
    }
}
