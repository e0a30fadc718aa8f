using Eci.Modules.Orders.Contracts;
using Eci.Modules.Orders.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Eci.Modules.Orders.Features.FollowShipment;

// Parcels that came back while a return of the order was open left the order to that return; once the last such return
// is rejected, the parcels return the order in full after all (WholeParcelReturn), rather than leave units back in the
// warehouse that nothing restocks or refunds.
internal sealed class ReturnRejectedHandler(OrdersDbContext db, WholeParcelReturn parcels) : INotificationHandler<ReturnRejected>
{
    public async ValueTask Handle(ReturnRejected notification, CancellationToken cancellationToken)
    {
        if (await db.Orders.FirstOrDefaultAsync(o => o.Id == notification.OrderId, cancellationToken) is { } order)
        {
            await parcels.ReturnIfBackAsync(order, cancellationToken);
        }
    }
}
