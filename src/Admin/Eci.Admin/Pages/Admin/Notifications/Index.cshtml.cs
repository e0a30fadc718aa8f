using Eci.Modules.Notifications.Contracts;
using Eci.Shared.Contracts;
using Mediator;
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

    public Page<NotificationDto> Notifications { get; private set; } = new([], 1, PageSize, 0);

    public PageLinks Links => PageLinks.For(Notifications, "/admin/notifications", new Dictionary<string, string?> { ["status"] = Status });

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var status = Statuses.Contains(Status) ? Status : null;
        Notifications = await sender.Send(new SearchNotifications(new PageRequest(Math.Max(1, PageNumber), PageSize), status), cancellationToken);
    }
}
