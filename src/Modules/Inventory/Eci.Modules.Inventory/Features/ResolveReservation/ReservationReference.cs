using Mediator;
using Microsoft.AspNetCore.Http;

namespace Eci.Modules.Inventory.Features.ResolveReservation;

/// <summary>Which reservation a release, commit or ship means, and why (for the ledger).</summary>
internal sealed record ReservationReference(Guid? ReservationId, string? OrderId, string? Reason)
{
    public async Task<IResult> MoveAsync(ISender sender, Func<Guid, ICommand<ReservationResponse>> command, CancellationToken ct)
    {
        var id = await sender.Send(new ResolveReservation(ReservationId, OrderId), ct);
        return TypedResults.Ok(await sender.Send(command(id), ct));
    }
}
