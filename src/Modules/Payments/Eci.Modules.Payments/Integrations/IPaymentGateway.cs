using Eci.Shared.Contracts;

namespace Eci.Modules.Payments.Integrations;

// Every call carries an idempotency key: the processor answers a repeated key with the first outcome instead of
// charging again, which is what makes retrying a timed-out call safe.
internal interface IPaymentGateway
{
    // A GatewayTimeoutException means the processor did not answer: the charge may or may not have happened.
    Task<GatewayOutcome> ChargeAsync(string idempotencyKey, Money amount, string method, string? token, CancellationToken cancellationToken);

    Task<GatewayOutcome> RefundAsync(string idempotencyKey, string chargeReference, Money amount, CancellationToken cancellationToken);
}
