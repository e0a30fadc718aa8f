using Eci.Modules.Payments.Contracts;
using Eci.Modules.Payments.Domain;
using Eci.Modules.Payments.Integrations;
using Eci.Modules.Payments.Persistence;
using Eci.Shared.Contracts;
using Eci.Shared.Errors;
using Eci.Shared.Idempotency;
using Eci.Shared.Outbox;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;

namespace Eci.Modules.Payments.Features.RefundPayment;

// The payment row is locked (by moving its version) before the processor is called, so two refunds at once are decided
// one after the other and never add up to more than was captured. The key stores the answer in its HTTP shape, as it
// always has.
internal sealed class Refunder(PaymentsDbContext db, PaymentProcessor gateway, IdempotentExecutor idempotency, TimeProvider clock)
{
    public async Task<PaymentResponse> RefundAsync(Contracts.RefundPayment command, CancellationToken cancellationToken)
    {
        // A refund is told apart by its payment and amount: the reason is a note, so a retry that words it otherwise
        // (another caller finishing the same step) is the same refund, not a misused key.
        var fingerprint = command with { IdempotencyKey = null, Reason = string.Empty };
        return await idempotency.ExecuteAsync(db, new IdempotentRequest(command.IdempotencyKey, "refund", nameof(Contracts.RefundPayment), fingerprint),
            async ct =>
            {
                var payment = await LockAsync(command.PaymentId, ct);
                if (command.Amount is { } asked && asked.Currency != payment.Currency)
                {
                    throw new ValidationException([new ValidationFailure("currency", $"Payment {payment.Id} is in {payment.Currency}.")]);
                }

                var amount = payment.Refundable(command.Amount?.Minor ?? payment.AmountMinor - payment.RefundedMinor);
                var refundKey = $"refund:{payment.Id}:{command.IdempotencyKey ?? Guid.NewGuid().ToString("N")}";
                var outcome = await gateway.RefundAsync(refundKey, payment.GatewayReference!, new Money(amount, payment.Currency), ct);
                if (!outcome.Succeeded)
                {
                    throw new ConflictException(PaymentErrorCodes.RefundFailed, $"The processor refused the refund: {outcome.FailureMessage}");
                }

                var now = clock.GetUtcNow().UtcDateTime;
                payment.AddRefund(amount, command.Reason, outcome.Reference!, now);
                db.Enqueue(new PaymentRefunded(payment.Id, payment.OrderKey(), payment.CustomerId, new Money(amount, payment.Currency), payment.Refunded, now), now);
                await db.SaveChangesAsync(ct);
                return PaymentResponse.From(payment);
            }, cancellationToken);
    }

    private async Task<Payment> LockAsync(Guid id, CancellationToken cancellationToken)
    {
        while (true)
        {
            var payment = await db.Payments.FirstOrDefaultAsync(p => p.Id == id, cancellationToken)
                ?? throw new NotFoundException("Payment", id);
            var version = payment.Version;
            var locked = await db.Payments.Where(p => p.Id == id && p.Version == version)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.Version, p => p.Version + 1), cancellationToken);
            if (locked == 1)
            {
                await db.Entry(payment).ReloadAsync(cancellationToken);
                return payment;
            }

            db.ChangeTracker.Clear();
        }
    }
}
