using System.Security.Cryptography;
using System.Text;
using Eci.Modules.Payments.Contracts;
using Eci.Modules.Payments.Features.ChargeOrder;
using Eci.Shared.Contracts;
using Eci.Shared.Errors;
using Eci.Shared.Idempotency;
using FluentValidation;
using FluentValidation.Results;
using Mediator;
using Microsoft.Extensions.Options;

namespace Eci.Modules.Payments.Features.ChargeViaApi;

// The payment is filed under an order the caller may see: a customer's own, or any for an admin (who charges on the
// order's customer's behalf). An order that does not exist, or is someone else's, is a 404, as everywhere else.
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

        var order = Guid.TryParse(request.OrderId, out var orderId) ? await sender.Send(new GetPayableOrder(orderId), cancellationToken) : null;
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
        var charge = new Contracts.ChargeOrder(order.OrderId, customerId, Money.FromDecimal(request.Amount!.Value, currency), request.Method ?? options.Value.DefaultMethod, request.PaymentToken);
        var scope = command.Caller.IsAdmin ? $"admin:{command.Caller.CustomerId}" : $"customer:{customerId}";
        var gatewayKey = "api:" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{scope}:{command.IdempotencyKey}")));
        return await charger.ChargeAsync(charge, new IdempotentRequest(command.IdempotencyKey, scope, nameof(ChargeViaApi), request with { IdempotencyKey = null }), gatewayKey, cancellationToken);
    }
}
