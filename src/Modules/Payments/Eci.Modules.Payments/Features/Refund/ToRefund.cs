using Eci.Modules.Payments.Contracts;
using Eci.Modules.Payments.Persistence;
using Eci.Shared.Contracts;
using Eci.Shared.Errors;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Eci.Modules.Payments.Features.Refund;

/// <summary>An HTTP refund: the amount as a decimal of the payment's currency, turned into <see cref="RefundPayment"/>.</summary>
internal sealed record ToRefund(Guid PaymentId, RefundRequest Body, string? IdempotencyKey) : ICommand<PaymentResponse>;

internal sealed class ToRefundHandler(PaymentsDbContext db, ISender sender) : ICommandHandler<ToRefund, PaymentResponse>
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

        await sender.Send(new RefundPayment(command.PaymentId, amount, command.Body.Reason ?? string.Empty, command.IdempotencyKey), cancellationToken);
        var payment = await db.Payments.AsNoTracking().FirstAsync(p => p.Id == command.PaymentId, cancellationToken);
        return PaymentResponse.From(payment);
    }
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
