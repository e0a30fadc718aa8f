using Eci.Modules.Payments.Contracts;
using Eci.Shared.Contracts;
using Eci.Shared.Errors;

namespace Eci.Modules.Payments.Domain;

// pending → succeeded | failed; refunds take a succeeded payment to partially_refunded and refunded, never past what
// was captured. Money is minor units only; OrderId stays the stored string (an order's Guid in its "D" form).
internal sealed class Payment
{
    private readonly List<Refund> _refunds = [];

    private Payment()
    {
    }

    public Guid Id { get; private set; }

    public string OrderId { get; private set; } = string.Empty;

    public int CustomerId { get; private set; }

    public long AmountMinor { get; private set; }

    public string Currency { get; private set; } = string.Empty;

    public long RefundedMinor { get; private set; }

    public string Method { get; private set; } = string.Empty;

    public string Status { get; private set; } = PaymentStatus.Pending;

    public string? FailureCode { get; private set; }

    public string? FailureMessage { get; private set; }

    public string? GatewayReference { get; private set; }

    /// <summary>The key the gateway knows this charge by; the same key never charges twice.</summary>
    public string GatewayKey { get; private set; } = string.Empty;

    /// <summary>How many calls to the processor this charge took: more than one when unanswered calls were retried.</summary>
    public int ProcessorAttempts { get; private set; } = 1;

    public DateTime CreatedAt { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    public int Version { get; private set; }

    public IReadOnlyList<Refund> Refunds => _refunds;

    public Money Amount => new(AmountMinor, Currency);

    public Money Refunded => new(RefundedMinor, Currency);

    public static Payment Start(Guid orderId, int customerId, Money amount, string method, string gatewayKey, DateTime now, int processorAttempts = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(amount.Minor);
        return new Payment
        {
            Id = Guid.CreateVersion7(),
            OrderId = orderId.ToString(),
            CustomerId = customerId,
            AmountMinor = amount.Minor,
            Currency = amount.Currency,
            Method = method,
            GatewayKey = gatewayKey,
            ProcessorAttempts = processorAttempts,
            CreatedAt = now,
            UpdatedAt = now,
        };
    }

    public void Succeed(string gatewayReference, DateTime now)
    {
        EnsurePending();
        Status = PaymentStatus.Succeeded;
        GatewayReference = gatewayReference;
        Touch(now);
    }

    public void Fail(string code, string message, DateTime now)
    {
        EnsurePending();
        Status = PaymentStatus.Failed;
        FailureCode = code;
        FailureMessage = message;
        Touch(now);
    }

    /// <summary>What may still be refunded; refusing what cannot be.</summary>
    public long Refundable(long requestedMinor)
    {
        if (Status is not (PaymentStatus.Succeeded or PaymentStatus.PartiallyRefunded))
        {
            throw new ConflictException(PaymentErrorCodes.PaymentNotRefundable, $"Payment {Id} is {Status}; only a succeeded payment can be refunded.");
        }

        var left = AmountMinor - RefundedMinor;
        return requestedMinor <= left
            ? requestedMinor
            : throw new ConflictException(PaymentErrorCodes.RefundExceedsCaptured, $"Only {new Money(left, Currency).ToDecimal()} {Currency} of payment {Id} is left to refund.");
    }

    public Refund AddRefund(long amountMinor, string reason, string gatewayReference, DateTime now)
    {
        Refundable(amountMinor);
        var refund = new Refund(Guid.CreateVersion7(), amountMinor, reason, gatewayReference, now);
        _refunds.Add(refund);
        RefundedMinor += amountMinor;
        Status = RefundedMinor == AmountMinor ? PaymentStatus.Refunded : PaymentStatus.PartiallyRefunded;
        Touch(now);
        return refund;
    }

    private void EnsurePending()
    {
        if (Status != PaymentStatus.Pending)
        {
            throw new InvalidOperationException($"Payment {Id} is already {Status}.");
        }
    }

    private void Touch(DateTime now)
    {
        UpdatedAt = now;
        Version++;
    }
}
