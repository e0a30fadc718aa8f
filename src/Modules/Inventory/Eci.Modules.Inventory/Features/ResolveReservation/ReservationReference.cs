using Eci.Modules.Inventory.Contracts;
using Eci.Shared.Auth;
using Eci.Shared.Errors;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Eci.Modules.Inventory.Features.Reservations;

/// <summary>Which reservation a release, commit or ship means, and why (for the ledger).</summary>
internal sealed record ReservationReference(Guid? ReservationId, string? OrderId, string? Reason);

internal sealed record ExtendRequest(int? Minutes);

internal static class ReservationEndpoints
{
    public static void Map(RouteGroupBuilder inventory)
    {
        var admin = inventory.MapGroup("/").RequireAuthorization(Policies.Admin);
        admin.MapPost("/commit", (ReservationReference body, ISender sender, CancellationToken ct) =>
                Move(body, sender, id => new CommitReservation(id), ct))
            .WithName("CommitReservation").ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status404NotFound);
        admin.MapPost("/release", (ReservationReference body, ISender sender, CancellationToken ct) =>
                Move(body, sender, id => new ReleaseReservation(id, body.Reason), ct))
            .WithName("ReleaseReservation").ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status404NotFound);
        admin.MapPost("/ship", (ReservationReference body, ISender sender, CancellationToken ct) =>
                Move(body, sender, id => new ShipReservation(id), ct))
            .WithName("ShipReservation").ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status404NotFound);
        admin.MapPost("/reservations/{id:guid}/extend", async (Guid id, ExtendRequest body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ExtendReservation(id, body.Minutes ?? 0), ct)))
            .WithName("ExtendReservation").ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status404NotFound);
        admin.MapGet("/reservations/{id:guid}", async (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetReservation(id), ct) ?? throw new NotFoundException("Reservation", id)))
            .WithName("GetReservation").ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> Move(ReservationReference body, ISender sender, Func<Guid, ICommand<ReservationDto>> command, CancellationToken ct)
    {
        var id = await sender.Send(new ResolveReservation(body.ReservationId, body.OrderId), ct);
        return TypedResults.Ok(await sender.Send(command(id), ct));
    }
}
