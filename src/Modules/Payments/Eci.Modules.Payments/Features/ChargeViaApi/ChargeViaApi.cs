using Eci.Shared.Auth;
using Mediator;

namespace Eci.Modules.Payments.Features.ChargeViaApi;

internal sealed record ChargeViaApi(ChargeRequest Request, string? IdempotencyKey, Caller Caller) : ICommand<PaymentResponse>;
