using System.Globalization;
using Eci.Modules.Payments.Domain;
using Eci.Modules.Payments.Integrations;
using Eci.Shared.Contracts;

namespace Eci.Modules.Payments.Features.GetOrderPaymentHistory;

/// <summary>A payment told as the order's timeline shows it: each call to the processor, the outcome, each refund.</summary>
internal static class PaymentHistory
{
    private const string Module = "payments";

    public static IEnumerable<OrderHistoryEntry> Of(Payment payment, bool includeInternal, string? idempotencyKey)
    {
        var amount = Format(payment.Amount);
        // Only the last call was answered, unless none was (a timeout after every retry).
        var unanswered = payment.FailureCode == PaymentProcessor.UnansweredCode ? payment.ProcessorAttempts : payment.ProcessorAttempts - 1;
        for (var attempt = 1; attempt <= unanswered; attempt++)
        {
            yield return new OrderHistoryEntry(payment.CreatedAt, Module, "payment.processor_unanswered",
                $"The payment processor did not answer call {attempt} for {amount}.",
                new Dictionary<string, object?> { ["payment_id"] = payment.Id, ["attempt"] = attempt, ["attempts"] = payment.ProcessorAttempts });
        }

        var data = new Dictionary<string, object?>
        {
            ["payment_id"] = payment.Id,
            ["amount"] = payment.Amount.ToDecimal(),
            ["currency"] = payment.Currency,
            ["method"] = payment.Method,
            ["status"] = payment.Status,
            ["attempts"] = payment.ProcessorAttempts,
        };
        if (payment.FailureCode is not null)
        {
            data["failure_code"] = payment.FailureCode;
            data["failure_message"] = payment.FailureMessage;
        }

        if (includeInternal)
        {
            data["processor_key"] = payment.GatewayKey;
            data["processor_reference"] = payment.GatewayReference;
            data["idempotency_key"] = idempotencyKey;
        }

        yield return payment.FailureCode is null
            ? new OrderHistoryEntry(payment.CreatedAt, Module, "payment.succeeded", $"Charged {amount} by {payment.Method}.", data)
            : new OrderHistoryEntry(payment.CreatedAt, Module, "payment.failed", $"The charge of {amount} failed: {payment.FailureCode}.", data);

        foreach (var refund in payment.Refunds.OrderBy(r => r.CreatedAt))
        {
            var refunded = new Dictionary<string, object?>
            {
                ["payment_id"] = payment.Id,
                ["refund_id"] = refund.Id,
                ["amount"] = new Money(refund.AmountMinor, payment.Currency).ToDecimal(),
                ["currency"] = payment.Currency,
                ["reason"] = refund.Reason,
            };
            if (includeInternal)
            {
                refunded["processor_reference"] = refund.GatewayReference;
            }

            yield return new OrderHistoryEntry(refund.CreatedAt, Module, "payment.refunded",
                $"Refunded {Format(new Money(refund.AmountMinor, payment.Currency))}: {refund.Reason.TrimEnd('.')}.", refunded);
        }
    }

    private static string Format(Money money) => $"{money.ToDecimal().ToString(CultureInfo.InvariantCulture)} {money.Currency}";
}
