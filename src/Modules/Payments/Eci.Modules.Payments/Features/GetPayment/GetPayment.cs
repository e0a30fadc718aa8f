using Eci.Shared.Auth;
using Mediator;

namespace Eci.Modules.Payments.Features.GetPayment;

/// <summary>A payment for its customer or an admin; anyone else is told it does not exist.</summary>
internal sealed record GetPayment(Guid Id, Caller Caller) : IQuery<PaymentResponse>;
