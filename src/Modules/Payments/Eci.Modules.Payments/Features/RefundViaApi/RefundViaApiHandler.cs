using Eci.Modules.Payments.Contracts;
using Eci.Modules.Payments.Features.RefundPayment;
using Eci.Modules.Payments.Persistence;
using Eci.Shared.Contracts;
using Eci.Shared.Errors;
using FluentValidation;
using FluentValidation.Results;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Eci.Modules.Payments.Features.RefundViaApi;

// Once the refund committed, the order it belongs to is told at once, so the answer comes back with the order already
// moved (refund, then "ship", is a 409). Should that fail, the refund stands and the PaymentRefunded event moves the
// order shortly after.
internal sealed partial class RefundViaApiHandler(PaymentsDbContext db, Refunder refunder, ISender sender, ILogger<RefundViaApiHandler> logger)
    : ICommandHandler<RefundViaApi, PaymentResponse>
{
    public async ValueTask<PaymentResponse> Handle(RefundViaApi command, CancellationToken cancellationToken)
    {
        var currency = await db.Payments.AsNoTracking().Where(p => p.Id == command.PaymentId).Select(p => p.Currency).FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Payment", command.PaymentId);
        Money? amount = null;
        if (command.Body.Amount is { } decimals)
        {
            amount = Money.TryFromDecimal(decimals, currency, out var money) && money.Minor > 0
                ? money
                : throw new ValidationException([new ValidationFailure("amount", $"The amount must be positive with at most the decimals of {currency}.")]);
        }

        await refunder.RefundAsync(new Contracts.RefundPayment(command.PaymentId, amount, command.Body.Reason ?? string.Empty, command.IdempotencyKey), cancellationToken);
        var payment = await db.CurrentAsync(command.PaymentId, cancellationToken);
        try
        {
            await sender.Send(new ApplyOrderRefund(payment.Id, payment.OrderKey()), cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogOrderNotYetMoved(logger, payment.Id, payment.OrderId, ex);
        }

        return PaymentResponse.From(payment);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Payment {PaymentId} was refunded but order {OrderId} did not follow yet; its refund event will move it")]
    private static partial void LogOrderNotYetMoved(ILogger logger, Guid paymentId, string orderId, Exception exception);
}
