using Eci.Shared.Contracts;

namespace Eci.Modules.Payments.Gateway;

/// <summary>
/// A payment processor. Every call carries an idempotency key: the processor answers a repeated key with the first
/// outcome instead of charging again, which is what makes retrying a timed-out call safe.
/// </summary>
internal interface IPaymentGateway
{
    /// <exception cref="GatewayTimeoutException">The processor did not answer; the charge may or may not have happened.</exception>
    Task<GatewayOutcome> ChargeAsync(string idempotencyKey, Money amount, string method, string? token, CancellationToken cancellationToken);

    /// <exception cref="GatewayTimeoutException">The processor did not answer.</exception>
    Task<GatewayOutcome> RefundAsync(string idempotencyKey, string chargeReference, Money amount, CancellationToken cancellationToken);
}

/// <summary>What the processor said: a reference when it succeeded, a failure code and message when it did not.</summary>
internal sealed record GatewayOutcome(bool Succeeded, string? Reference, string? FailureCode, string? FailureMessage)
{
    public static GatewayOutcome Success(string reference) => new(true, reference, null, null);

    public static GatewayOutcome Failure(string code, string message) => new(false, null, code, message);
}

internal sealed class GatewayTimeoutException(string message) : Exception(message);
