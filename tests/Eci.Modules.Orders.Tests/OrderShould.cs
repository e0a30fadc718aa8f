using Eci.Modules.Orders.Contracts;
using Eci.Modules.Orders.Domain;
using Eci.Shared.Errors;
using Xunit;

namespace Eci.Modules.Orders.Tests;

public sealed class OrderShould
{
    private static readonly DateTime Now = new(2026, 11, 23, 12, 0, 0, DateTimeKind.Utc);

    private static Order NewOrder() => Order.Place(7, [new OrderLine(1, "S", "P", 1000, 1)], new OrderTotals("INR", 1000, 50, 1000), "card", null,
        new OrderAddress("1 A St", null, "Pune", "411001", "IN"), Now);

    [Fact]
    public void Move_through_its_steps_in_order_and_repeat_a_step_harmlessly()
    {
        var order = NewOrder();
        var reservation = Guid.NewGuid();

        order.StockReserved(reservation, Now);
        order.StockReserved(reservation, Now);
        order.Paid(Guid.NewGuid(), Now);
        order.Fulfilling(Guid.NewGuid(), Now);
        order.Completed(Now);

        Assert.Equal((OrderStatus.Completed, OrderPaymentStatus.Paid), (order.Status, order.PaymentStatus));
        Assert.True(order.IsSettled);
    }

    [Fact]
    public void Refuse_to_skip_a_step()
    {
        var order = NewOrder();

        Assert.Equal("illegal_transition", Assert.Throws<ConflictException>(() => order.Paid(Guid.NewGuid(), Now)).Code);
    }

    [Fact]
    public void Not_be_cancelled_once_settled()
    {
        var order = NewOrder();
        order.BeginCancel(CancellationReasons.OutOfStock, Now);
        order.Cancel(Now);

        Assert.Throws<ConflictException>(() => order.BeginCancel(CancellationReasons.CustomerCancelled, Now));
        Assert.Throws<ConflictException>(() => order.Cancel(Now));
        Assert.Equal((OrderStatus.Cancelled, CancellationReasons.OutOfStock), (order.Status, order.CancellationReason));
    }

    [Fact]
    public void Keep_the_first_reason_of_a_cancel_begun_and_go_back_to_fulfilling_when_it_is_abandoned()
    {
        var order = NewOrder();
        order.StockReserved(Guid.NewGuid(), Now);
        order.Paid(Guid.NewGuid(), Now);
        order.Fulfilling(Guid.NewGuid(), Now);

        order.BeginCancel(CancellationReasons.CustomerCancelled, Now);
        order.BeginCancel(CancellationReasons.ShipmentCancelled, Now);
        Assert.Equal((OrderStatus.Cancelling, CancellationReasons.CustomerCancelled), (order.Status, order.CancellationReason));

        order.AbandonCancel(Now);
        Assert.Equal((OrderStatus.Fulfilling, null), (order.Status, order.CancellationReason));
    }

    [Fact]
    public void Record_a_partial_then_a_full_refund_and_never_go_back()
    {
        var order = NewOrder();
        order.StockReserved(Guid.NewGuid(), Now);
        order.Paid(Guid.NewGuid(), Now);

        Assert.True(order.RefundRecorded(full: false, Now));
        Assert.Equal(OrderPaymentStatus.PartiallyRefunded, order.PaymentStatus);
        Assert.True(order.RefundRecorded(full: true, Now));
        Assert.False(order.RefundRecorded(full: false, Now));
        Assert.Equal(OrderPaymentStatus.Refunded, order.PaymentStatus);
    }

    [Fact]
    public void Be_driven_by_one_worker_at_a_time()
    {
        var order = NewOrder();

        Assert.True(order.TryLease(Now, TimeSpan.FromMinutes(2)));
        Assert.False(order.TryLease(Now.AddMinutes(1), TimeSpan.FromMinutes(2)));
        Assert.True(order.TryLease(Now.AddMinutes(3), TimeSpan.FromMinutes(2)));
    }
}
