using Eci.Modules.Orders.Contracts;
using Eci.Shared.Auth;
using Eci.Shared.Contracts;
using Eci.Shared.Errors;
using Mediator;

namespace Eci.Modules.Orders.Features.GetOrderTimeline;

// The operator's view is the API's timeline as an admin caller sees it, so both always tell the same story.
internal sealed class GetOrderTimelineViewHandler(ISender sender) : IQueryHandler<GetOrderTimelineView, IReadOnlyList<OrderHistoryEntry>?>
{
    private static readonly Caller Operator = new(null, IsAdmin: true);

    public async ValueTask<IReadOnlyList<OrderHistoryEntry>?> Handle(GetOrderTimelineView query, CancellationToken cancellationToken)
    {
        try
        {
            return (await sender.Send(new GetOrderTimeline(query.OrderId, Operator), cancellationToken)).Entries;
        }
        catch (NotFoundException)
        {
            return null;
        }
    }
}
