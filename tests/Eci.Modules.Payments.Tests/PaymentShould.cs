using Eci.Modules.Payments.Domain;
using Eci.Shared.Contracts;
using Eci.Shared.Errors;
using Xunit;

namespace Eci.Modules.Payments.Tests;

public sealed class PaymentShould
{
    private static readonly DateTime Now = new(2026, 11, 23, 12, 0, 0, DateTimeKind.Utc);

    private static Payment Captured(decimal amount = 100m)
    {
        var payment = Payment.Start(Guid.NewGuid(), 7, Money.FromDecimal(amount, "INR"), "card", "k", Now);
        payment.Succeed("ch_1", Now);
        return payment;
    }

    [Fact]
    public void Refund_in_parts_until_everything_is_back()
    {
        var payment = Captured();

        payment.AddRefund(3000, "one item back", "re_1", Now);
        Assert.Equal(PaymentStatus.PartiallyRefunded, payment.Status);
        payment.AddRefund(7000, "the rest", "re_2", Now);

        Assert.Equal(PaymentStatus.Refunded, payment.Status);
        Assert.Equal(Money.FromDecimal(100m, "INR"), payment.Refunded);
        Assert.Equal(2, payment.Refunds.Count);
    }

    [Fact]
    public void Never_refund_more_than_was_captured()
    {
        var payment = Captured();
        payment.AddRefund(9000, "most", "re_1", Now);

        var error = Assert.Throws<ConflictException>(() => payment.AddRefund(1001, "too much", "re_2", Now));

        Assert.Equal("refund_exceeds_captured", error.Code);
        Assert.Equal(9000, payment.RefundedMinor);
    }

    [Fact]
    public void Refuse_refunds_of_a_payment_that_did_not_succeed()
    {
        var payment = Payment.Start(Guid.NewGuid(), 7, Money.FromDecimal(10m, "INR"), "card", "k2", Now);
        payment.Fail("card_declined", "declined", Now);

        Assert.Equal("payment_not_refundable", Assert.Throws<ConflictException>(() => payment.Refundable(1)).Code);
    }

    [Fact]
    public void Settle_only_once()
    {
        var payment = Captured();

        Assert.Throws<InvalidOperationException>(() => payment.Fail("x", "y", Now));
    }
}
