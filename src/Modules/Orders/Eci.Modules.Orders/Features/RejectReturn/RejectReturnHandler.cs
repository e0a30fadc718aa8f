using Eci.Modules.Orders.Contracts;
using Eci.Modules.Orders.Persistence;
using Eci.Shared.Errors;
using Eci.Shared.Idempotency;
using Eci.Shared.Outbox;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Eci.Modules.Orders.Features.RejectReturn;

internal sealed class RejectReturnHandler(OrdersDbContext db, IdempotentExecutor idempotency, TimeProvider clock) : ICommandHandler<RejectReturn, ReturnResponse>
{
    public async ValueTask<ReturnResponse> Handle(RejectReturn command, CancellationToken cancellationToken)
    {
        var request = new IdempotentRequest(command.IdempotencyKey, "admin", nameof(RejectReturn), command with { IdempotencyKey = null });
        try
        {
            return await idempotency.ExecuteAsync(db, request, async ct =>
            {
                var found = await db.Returns.FirstOrDefaultAsync(r => r.Id == command.Id, ct) ?? throw new NotFoundException("Return", command.Id);
                var now = clock.GetUtcNow().UtcDateTime;
                var reason = command.Reason!.Trim();
                found.Reject(reason, now);
                db.Enqueue(new ReturnRejected(found.Id, found.OrderId, found.CustomerId, reason, now), now);
                return ReturnResponse.From(found);
            }, cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConflictException(OrderErrorCodes.OrderBusy, $"Return {command.Id} changed while it was being rejected; try again.");
        }
    }
}
