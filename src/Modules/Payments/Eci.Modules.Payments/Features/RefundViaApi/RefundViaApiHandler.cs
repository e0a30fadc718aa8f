using Eci.Modules.Payments.Contracts;
using Eci.Modules.Payments.Persistence;
using Eci.Shared.Contracts;
using Eci.Shared.Errors;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Eci.Modules.Payments.Features.Refund;

/// <summary>An HTTP refund: the amount as a decimal of the payment's currency, turned into <see cref="RefundPayment"/>.</summary>
internal sealed record ToRefund(Guid PaymentId, RefundRequest Body, string? IdempotencyKey) : ICommand<PaymentResponse>;

/// <remarks>
/// Once the refund committed, the order it belongs to is told at once, so the answer comes back with the order already
/// moved (refund, then "ship", is a 409). Should that fail, the refund stands and the <see cref="PaymentRefunded"/>
/// event moves the order shortly after.
/// </remarks>
internal sealed partial class ToRefundHandler(PaymentsDbContext db, ISender sender, ILogger<ToRefundHandler> logger) : ICommandHandler<ToRefund, PaymentResponse>
{
    public async ValueTask<PaymentResponse> Handle(ToRefund command, CancellationToken cancellationToken)
    {
        var currency = await db.Payments.AsNoTracking().Where(p => p.Id == command.PaymentId).Select(p => p.Currency).FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Payment", command.PaymentId);
        Money? amount = null;
        if (command.Body.Amount is { } decimals)
        {
            amount = Money.TryFromDecimal(decimals, currency, out var money) && money.Minor > 0
                ? money
                : throw new ValidationException([new FluentValidation.Results.ValidationFailure("amount", $"The amount must be positive with at most the decimals of {currency}.")]);
        }

        var refunded = await sender.Send(new RefundPayment(command.PaymentId, amount, command.Body.Reason ?? string.Empty, command.IdempotencyKey), cancellationToken);
        try
        {
            await sender.Send(new ApplyOrderRefund(refunded.Id, refunded.OrderId), cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogOrderNotYetMoved(logger, refunded.Id, refunded.OrderId, ex);
        }

        var payment = await db.Payments.AsNoTracking().FirstAsync(p => p.Id == command.PaymentId, cancellationToken);
        return PaymentResponse.From(payment);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Payment {PaymentId} was refunded but order {OrderId} did not follow yet; its refund event will move it")]
    private static partial void LogOrderNotYetMoved(ILogger logger, Guid paymentId, string orderId, Exception exception);
}

internal sealed class ToRefundValidator : AbstractValidator<ToRefund>
{
    public ToRefundValidator()
    {
        RuleFor(x => x.PaymentId).NotEmpty().OverridePropertyName("payment_id");
        RuleFor(x => x.Body.Reason).NotEmpty().MaximumLength(500).OverridePropertyName("reason");
        RuleFor(x => x.IdempotencyKey).MaximumLength(Shared.Idempotency.IdempotentRequest.MaxKeyLength).OverridePropertyName("idempotency_key");
    }
}
