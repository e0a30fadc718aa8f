using Eci.Admin.Pages.Admin.Orders;
using Eci.Modules.Notifications.Contracts;
using Eci.Shared.Contracts;
using Eci.Shared.Errors;
using Mediator;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Eci.Admin.Pages.Admin.Notifications;

public sealed class NotificationsModel(ISender sender) : PageModel
{
    public const int PageSize = 25;

    public static IReadOnlyList<string> Statuses { get; } = ["queued", "sent", "failed"];

    [BindProperty(SupportsGet = true, Name = "status")]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    [BindProperty(SupportsGet = true, Name = "retried")]
    public Guid? Retried { get; set; }

    [BindProperty]
    public Guid NotificationId { get; set; }

    [BindProperty]
    public bool Confirm { get; set; }

    public Page<NotificationDto> Notifications { get; private set; } = new([], 1, PageSize, 0);

    public PageLinks Links => PageLinks.For(Notifications, "/admin/notifications", new Dictionary<string, string?> { ["status"] = Status });

    public string? Notice => Retried is null ? null : "The notification is queued to be sent again now.";

    public ProblemNote? Problem { get; private set; }

    public Guid? Unconfirmed { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostRetryAsync(CancellationToken cancellationToken)
    {
        if (!Confirm)
        {
            Unconfirmed = NotificationId;
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            await LoadAsync(cancellationToken);
            return Page();
        }

        try
        {
            await sender.Send(new RetryNotification(NotificationId), cancellationToken);
        }
        catch (ProblemException e)
        {
            Problem = new ProblemNote(e.Title + ".", e.Message);
            Response.StatusCode = e.StatusCode;
            await LoadAsync(cancellationToken);
            return Page();
        }

        return Redirect($"/admin/notifications?retried={NotificationId}");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var status = Statuses.Contains(Status) ? Status : null;
        Notifications = await sender.Send(new SearchNotifications(new PageRequest(Math.Max(1, PageNumber), PageSize), status), cancellationToken);
    }
}
