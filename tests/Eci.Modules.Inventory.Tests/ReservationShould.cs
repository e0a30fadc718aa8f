using Eci.Modules.Inventory.Contracts;
using Eci.Modules.Inventory.Domain;
using Eci.Shared.Errors;
using Xunit;

namespace Eci.Modules.Inventory.Tests;

public sealed class ReservationShould
{
    private static readonly DateTime Now = new(2026, 11, 23, 12, 0, 0, DateTimeKind.Utc);

    private static Reservation Hold() => Reservation.Hold("order-1", [new ReservationLine(1, 1, 1, 2, AllocationRules.SingleWarehouse)], Now, TimeSpan.FromMinutes(15));

    [Fact]
    public void Expire_only_once_its_time_has_come()
    {
        var hold = Hold();

        Assert.Null(hold.Expire(Now.AddMinutes(14)));
        Assert.Equal(ReservationStatuses.Active, hold.Expire(Now.AddMinutes(15)));
        Assert.Equal(ReservationStatuses.Expired, hold.Status);
        Assert.Null(hold.Expire(Now.AddMinutes(16)));
    }

    [Fact]
    public void Lose_its_expiry_when_committed_so_no_sweep_can_release_paid_stock()
    {
        var hold = Hold();

        Assert.Equal(ReservationStatuses.Active, hold.Commit(Now));
        Assert.Null(hold.ExpiresAt);
        Assert.Null(hold.Expire(Now.AddDays(1)));
        Assert.Null(hold.Commit(Now));
    }

    [Fact]
    public void Ship_only_what_was_committed()
    {
        var hold = Hold();

        Assert.Equal("illegal_transition", Assert.Throws<ConflictException>(() => hold.Fulfil(Now)).Code);
        hold.Commit(Now);
        Assert.Equal(ReservationStatuses.Committed, hold.Fulfil(Now));
        Assert.Null(hold.Fulfil(Now));
    }

    [Fact]
    public void Never_leave_a_terminal_state()
    {
        var shipped = Hold();
        shipped.Commit(Now);
        shipped.Fulfil(Now);
        var released = Hold();
        released.Release(Now);

        Assert.Throws<ConflictException>(() => shipped.Release(Now));
        Assert.Throws<ConflictException>(() => released.Commit(Now));
        Assert.Null(released.Release(Now));
    }

    [Fact]
    public void Take_back_only_what_was_shipped()
    {
        var hold = Hold();

        Assert.Throws<ConflictException>(() => hold.Return(Now));
        hold.Commit(Now);
        hold.Fulfil(Now);
        Assert.Equal(ReservationStatuses.Fulfilled, hold.Return(Now));
        Assert.Null(hold.Return(Now));
        Assert.Null(hold.Fulfil(Now));
        Assert.Equal(ReservationStatuses.Returned, hold.Status);
    }

    [Fact]
    public void Extend_a_live_hold_but_not_an_expired_one()
    {
        var hold = Hold();

        hold.Extend(Now.AddMinutes(10), TimeSpan.FromMinutes(15));
        Assert.Equal(Now.AddMinutes(25), hold.ExpiresAt);
        hold.Extend(Now.AddMinutes(11), TimeSpan.FromMinutes(1));
        Assert.Equal(Now.AddMinutes(25), hold.ExpiresAt);
        Assert.Equal("reservation_expired", Assert.Throws<ConflictException>(() => hold.Extend(Now.AddMinutes(25), TimeSpan.FromMinutes(5))).Code);
    }

    [Fact]
    public void Count_only_the_extensions_that_moved_its_expiry()
    {
        var hold = Hold();
        Assert.Equal((0, null), (hold.Extensions, hold.LastExtendedAt));

        hold.Extend(Now.AddMinutes(10), TimeSpan.FromMinutes(15));
        hold.Extend(Now.AddMinutes(11), TimeSpan.FromMinutes(1));
        hold.Extend(Now.AddMinutes(12), TimeSpan.FromMinutes(20));

        Assert.Equal((2, Now.AddMinutes(12)), (hold.Extensions, hold.LastExtendedAt));
    }
}
