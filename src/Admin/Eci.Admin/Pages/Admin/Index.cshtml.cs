using Eci.Modules.Inventory.Contracts;
using Eci.Modules.Notifications.Contracts;
using Eci.Modules.Orders.Contracts;
using Eci.Shared.Contracts;
using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Eci.Admin.Pages.Admin;

public sealed class OverviewModel(ISender sender, TimeProvider clock, IEnumerable<IParkedOutboxEvents> outboxes) : PageModel
{
    /// <summary>An order left longer than this in an intermediate step is one the recovery worker should have finished.</summary>
    public static readonly TimeSpan StuckAfter = TimeSpan.FromMinutes(15);

    public DateTime Since { get; private set; }

    public OrderStatistics Statistics { get; private set; } = new(0, [], 0, 0);

    public long FailedNotifications { get; private set; }

    public int LowStock { get; private set; }

    /// <summary>Parked outbox events per module, modules without any left out.</summary>
    public IReadOnlyList<(string Module, int Count)> ParkedEvents { get; private set; } = [];

    public int ParkedTotal => ParkedEvents.Sum(p => p.Count);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        Since = now.Date;
        Statistics = await sender.Send(new GetOrderStatistics(Since, now - StuckAfter), cancellationToken);
        LowStock = (await sender.Send(new GetLowStock(1), cancellationToken)).Count;
        FailedNotifications = (await sender.Send(new SearchNotifications(new PageRequest(1, 1), "failed"), cancellationToken)).Total;
        var parked = new List<(string, int)>();
        foreach (var outbox in outboxes)
        {
            var count = await outbox.CountAsync(cancellationToken);
            if (count > 0)
            {
                parked.Add((outbox.Module, count));
            }
        }

        ParkedEvents = parked;
    }
}
