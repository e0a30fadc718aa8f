using Eci.Modules.Inventory.Contracts;
using Eci.Modules.Inventory.Persistence;
using Eci.Shared.Persistence;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Eci.Modules.Inventory.Features.Reservations;

/// <summary>The moves of a reservation after it was made; each runs in one transaction and is idempotent by reservation id.</summary>
internal sealed class ReservationHandlers(InventoryDbContext db, Stock.Reservations reservations, TimeProvider clock)
    : ICommandHandler<CommitReservation, ReservationDto>,
      ICommandHandler<ReleaseReservation, ReservationDto>,
      ICommandHandler<ShipReservation, ReservationDto>,
      ICommandHandler<ReturnReservation, ReservationDto>,
      ICommandHandler<ExtendReservation, ReservationDto>,
      IQueryHandler<GetReservation, ReservationDto?>
{
    public ValueTask<ReservationDto> Handle(CommitReservation command, CancellationToken cancellationToken) =>
        MoveAsync(command.ReservationId, (r, now) => r.Commit(now), "paid", cancellationToken);

    public ValueTask<ReservationDto> Handle(ReleaseReservation command, CancellationToken cancellationToken) =>
        MoveAsync(command.ReservationId, (r, now) => r.Release(now), command.Reason ?? "released", cancellationToken);

    public ValueTask<ReservationDto> Handle(ShipReservation command, CancellationToken cancellationToken) =>
        MoveAsync(command.ReservationId, (r, now) => r.Fulfil(now), "shipped", cancellationToken);

    public ValueTask<ReservationDto> Handle(ReturnReservation command, CancellationToken cancellationToken) =>
        MoveAsync(command.ReservationId, (r, now) => r.Return(now), command.Reason ?? "returned", cancellationToken);

    public async ValueTask<ReservationDto> Handle(ExtendReservation command, CancellationToken cancellationToken)
    {
        var reservation = await reservations.LoadAsync(command.ReservationId, cancellationToken);
        reservation.Extend(clock.GetUtcNow().UtcDateTime, TimeSpan.FromMinutes(command.Minutes));
        await db.SaveChangesAsync(cancellationToken);
        return await reservations.ToDtoAsync(reservation, cancellationToken);
    }

    public async ValueTask<ReservationDto?> Handle(GetReservation query, CancellationToken cancellationToken)
    {
        var reservation = await db.Reservations.AsNoTracking().FirstOrDefaultAsync(r => r.Id == query.ReservationId, cancellationToken);
        return reservation is null ? null : await reservations.ToDtoAsync(reservation, cancellationToken);
    }

    private async ValueTask<ReservationDto> MoveAsync(Guid id, Func<Domain.Reservation, DateTime, string?> move, string reason, CancellationToken cancellationToken) =>
        await db.InTransactionAsync(async ct =>
        {
            var reservation = await reservations.TransitionAsync(id, move, reason, ct);
            return await reservations.ToDtoAsync(reservation, ct);
        }, cancellationToken);
}

internal sealed class ExtendReservationValidator : AbstractValidator<ExtendReservation>
{
    public ExtendReservationValidator() => RuleFor(x => x.Minutes).InclusiveBetween(1, ReserveStock.MaxMinutes);
}

internal sealed class ReleaseReservationValidator : AbstractValidator<ReleaseReservation>
{
    public ReleaseReservationValidator() => RuleFor(x => x.Reason).MaximumLength(500);
}

/// <summary>Finds the reservation an HTTP call means: by id, else the latest of the order.</summary>
internal sealed record ResolveReservation(Guid? ReservationId, string? OrderId) : IQuery<Guid>;

internal sealed class ResolveReservationHandler(Stock.Reservations reservations) : IQueryHandler<ResolveReservation, Guid>
{
    public async ValueTask<Guid> Handle(ResolveReservation query, CancellationToken cancellationToken) =>
        query.ReservationId ?? await reservations.IdOfOrderAsync(query.OrderId!, cancellationToken);
}

internal sealed class ResolveReservationValidator : AbstractValidator<ResolveReservation>
{
    public ResolveReservationValidator()
    {
        RuleFor(x => x.OrderId).NotEmpty().MaximumLength(100).When(x => x.ReservationId is null)
            .WithMessage("Give 'reservation_id' or 'order_id'.");
    }
}
