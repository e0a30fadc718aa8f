using Eci.Modules.Orders.Domain;
using Eci.Modules.Payments.Contracts;
using Eci.Shared.Errors;
using Mediator;

namespace Eci.Modules.Orders.Features;

/// <summary>
/// Gives back what an order's payment still holds and records the order refunded in full: a cancel's refund and a
/// returned parcel's. The caller's key belongs to its step, never to free text, so a retry refunds once; a payment
/// refunded in full already, by an admin say, counts as refunded.
/// </summary>
internal static class RefundOfTheRest
{
    /// <summary>False when the order holds no money, and nothing was done.</summary>
    public static async Task<bool> RefundAsync(
        ISender sender, Order order, string reason, string key, DateTime now, CancellationToken cancellationToken)
    {
        if (order.PaymentId is not { } paymentId || !order.HoldsMoney)
        {
            return false;
        }

        var payment = await sender.Send(new GetPayment(paymentId), cancellationToken);
        if (payment?.Status is PaymentStatuses.Succeeded or PaymentStatuses.PartiallyRefunded)
        {
            try
            {
                await sender.Send(new RefundPayment(paymentId, null, reason, key), cancellationToken);
            }
            catch (ProblemException problem) when (problem.Code is PaymentErrorCodes.PaymentNotRefundable or PaymentErrorCodes.RefundExceedsCaptured)
            {
                // Refunded by someone else between the read and the refund: fine if nothing is left.
                if ((await sender.Send(new GetPayment(paymentId), cancellationToken))?.Status != PaymentStatuses.Refunded)
                {
                    throw;
                }
            }
        }

        order.RefundRecorded(full: true, now);
        return true;
    }
}
