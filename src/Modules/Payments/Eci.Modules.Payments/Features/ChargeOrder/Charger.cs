using Eci.Modules.Payments.Contracts;
using Eci.Modules.Payments.Domain;
using Eci.Modules.Payments.Integrations;
using Eci.Modules.Payments.Persistence;
using Eci.Shared.Idempotency;
using Eci.Shared.Outbox;

namespace Eci.Modules.Payments.Features.ChargeOrder;

// One charge: the payment, the processor's answer and the event about it commit together with the idempotency key's
// outcome. The processor is called with the caller's gateway key: a retry after a crash repeats that key and gets the
// first answer back, so money is taken at most once. The key stores the answer in its HTTP shape, as it always has.
internal sealed class Charger(PaymentsDbContext db, ResilientGateway gateway, IdempotentExecutor idempotency, TimeProvider clock)
{
    public Task<PaymentResponse> ChargeAsync(Contracts.ChargeOrder charge, IdempotentRequest request, string gatewayKey, CancellationToken cancellationToken) =>
        idempotency.ExecuteAsync(db, request, async ct =>
        {
            var payment = Payment.Start(charge.OrderId, charge.CustomerId, charge.Amount, PaymentMethods.Normalize(charge.Method), gatewayKey, Now);
            db.Payments.Add(payment);
            await db.SaveChangesAsync(ct);

            var outcome = await gateway.ChargeAsync(gatewayKey, charge.Amount, payment.Method, charge.PaymentToken, ct);
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

            await db.SaveChangesAsync(ct);
            return PaymentResponse.From(payment);
        }, cancellationToken);

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
}
