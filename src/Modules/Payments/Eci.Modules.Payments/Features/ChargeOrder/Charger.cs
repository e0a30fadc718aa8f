using Eci.Modules.Payments.Contracts;
using Eci.Modules.Payments.Domain;
using Eci.Modules.Payments.Integrations;
using Eci.Modules.Payments.Persistence;
using Eci.Shared.Idempotency;
using Eci.Shared.Outbox;

namespace Eci.Modules.Payments.Features.ChargeOrder;

// One charge: the payment, the processor's answer and the event about it commit together with the idempotency key's
// outcome, in one batch the executor saves. Nothing is written before the processor is called: a payment row written
// first would only ever commit together with its answer anyway. The processor is called with the caller's gateway key,
// so a retry (after a crash, or racing the first attempt) repeats that key and gets the first answer back: money is
// taken at most once, and the key's row, colliding, makes the retry replay the stored outcome. The key stores the
// answer in its HTTP shape, as it always has.
internal sealed class Charger(PaymentsDbContext db, PaymentProcessor gateway, IdempotentExecutor idempotency, TimeProvider clock)
{
    public Task<PaymentResponse> ChargeAsync(Contracts.ChargeOrder charge, IdempotentRequest request, string gatewayKey, CancellationToken cancellationToken) =>
        idempotency.ExecuteAsync(db, request, async ct =>
        {
            var started = Now;
            var method = PaymentMethods.Normalize(charge.Method);
            var outcome = await gateway.ChargeAsync(gatewayKey, charge.Amount, method, charge.PaymentToken, ct);
            var payment = Payment.Start(charge.OrderId, charge.CustomerId, charge.Amount, method, gatewayKey, started, outcome.Attempts);
            if (outcome.Succeeded)
            {
                payment.Succeed(outcome.Reference!, Now);
                db.Enqueue(new PaymentSucceeded(payment.Id, charge.OrderId, payment.CustomerId, payment.Amount, Now), Now);
            }
            else
            {
                payment.Fail(outcome.FailureCode!, outcome.FailureMessage!, Now);
                db.Enqueue(new PaymentFailed(payment.Id, charge.OrderId, payment.CustomerId, payment.Amount, payment.FailureCode!, Now), Now);
            }

            db.Payments.Add(payment);
            return PaymentResponse.From(payment);
        }, cancellationToken, payment => PaymentResponse.LocationOf(payment.Id));

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
}
