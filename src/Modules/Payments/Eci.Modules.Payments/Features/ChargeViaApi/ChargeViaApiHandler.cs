using System.Security.Cryptography;
using System.Text;
using Eci.Modules.Payments.Contracts;
using Eci.Modules.Payments.Domain;
using Eci.Shared.Auth;
using Eci.Shared.Contracts;
using Eci.Shared.Errors;
using Eci.Shared.Idempotency;
using Eci.Shared.Validation;
using FluentValidation;
using FluentValidation.Results;
using Mediator;
using Microsoft.Extensions.Options;

namespace Eci.Modules.Payments.Features.Charge;

/// <summary>The seed API's charge: the client sends the amount and an idempotency key, which is required.</summary>
internal sealed record ChargeRequest(
    string? OrderId,
    decimal? Amount,
    string? Currency,
    int? CustomerId,
    string? Method,
    string? PaymentToken,
    string? IdempotencyKey);

internal sealed record ChargeViaApi(ChargeRequest Request, string? IdempotencyKey, Caller Caller) : ICommand<PaymentResponse>;

/// <remarks>
/// The payment is filed under an order the caller may see: a customer's own, or any for an admin (who charges on the
/// order's customer's behalf). An order that does not exist, or is someone else's, is a 404, as everywhere else.
/// </remarks>
internal sealed class ChargeViaApiHandler(Charger charger, ISender sender, IOptions<PaymentsOptions> options) : ICommandHandler<ChargeViaApi, PaymentResponse>
{
    public async ValueTask<PaymentResponse> Handle(ChargeViaApi command, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(command.IdempotencyKey))
        {
            throw new IdempotencyKeyRequiredException();
        }

        var request = command.Request;
        if (request.CustomerId is { } asked && !command.Caller.MayActFor(asked))
        {
            throw new ValidationException([new ValidationFailure("customer_id", "A customer may only pay for themselves.")]);
        }

        var order = await sender.Send(new GetPayableOrder(request.OrderId!), cancellationToken);
        if (order is null || !command.Caller.MayActFor(order.CustomerId))
        {
            throw new NotFoundException("Order", request.OrderId!);
        }

        if (request.CustomerId is { } stated && stated != order.CustomerId)
        {
            throw new ValidationException([new ValidationFailure("customer_id", $"Order {order.OrderId} belongs to another customer.")]);
        }

        var customerId = order.CustomerId;

        var currency = (request.Currency ?? options.Value.DefaultCurrency).ToUpperInvariant();
        var charge = new ChargeOrder(order.OrderId, customerId, Money.FromDecimal(request.Amount!.Value, currency), request.Method!, request.PaymentToken);
        var scope = command.Caller.IsAdmin ? $"admin:{command.Caller.CustomerId}" : $"customer:{customerId}";
        var gatewayKey = "api:" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{scope}:{command.IdempotencyKey}")));
        return await charger.ChargeAsync(charge, new IdempotentRequest(command.IdempotencyKey, scope, nameof(ChargeViaApi), request with { IdempotencyKey = null }), gatewayKey, cancellationToken);
    }
}

internal sealed class ChargeViaApiValidator : AbstractValidator<ChargeViaApi>
{
    public ChargeViaApiValidator(IOptions<PaymentsOptions> options)
    {
        var defaultCurrency = options.Value.DefaultCurrency;
        RuleFor(x => x.Request.OrderId).NotEmpty().MaximumLength(100).OverridePropertyName("order_id");
        RuleFor(x => x.Request.Amount).NotNull().GreaterThan(0).LessThanOrEqualTo(1_000_000_000)
            .FitsCurrency(x => x.Request.Currency ?? defaultCurrency).OverridePropertyName("amount");
        RuleFor(x => x.Request.Currency).KnownCurrency().When(x => x.Request.Currency is not null).OverridePropertyName("currency");
        RuleFor(x => x.Request.CustomerId).GreaterThan(0).OverridePropertyName("customer_id");
        RuleFor(x => x.Request.Method).NotEmpty().Must(m => m is null || PaymentMethods.All.Contains(PaymentMethods.Normalize(m)))
            .WithMessage($"'method' must be one of {string.Join(", ", PaymentMethods.All)}.").OverridePropertyName("method");
        RuleFor(x => x.Request.PaymentToken).MaximumLength(100).OverridePropertyName("payment_token");
        RuleFor(x => x.IdempotencyKey).MaximumLength(IdempotentRequest.MaxKeyLength).OverridePropertyName("idempotency_key");
    }
}
