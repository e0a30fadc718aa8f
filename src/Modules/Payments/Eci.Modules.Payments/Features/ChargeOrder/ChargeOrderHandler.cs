using Eci.Modules.Payments.Contracts;
using Eci.Modules.Payments.Persistence;
using Eci.Shared.Idempotency;
using Mediator;

namespace Eci.Modules.Payments.Features.ChargeOrder;

/// <summary>The charge other modules ask for: keyed by the order, so the same order is never charged twice.</summary>
internal sealed class ChargeOrderHandler(Charger charger, PaymentsDbContext db) : ICommandHandler<Contracts.ChargeOrder, PaymentDto>
{
    public async ValueTask<PaymentDto> Handle(Contracts.ChargeOrder command, CancellationToken cancellationToken)
    {
        var key = $"order:{command.OrderId}";
        var charged = await charger.ChargeAsync(command, new IdempotentRequest(key, "system", nameof(Contracts.ChargeOrder), command), key + ":charge", cancellationToken);
        return (await db.CurrentAsync(charged.Id, cancellationToken)).ToDto();
    }
}
