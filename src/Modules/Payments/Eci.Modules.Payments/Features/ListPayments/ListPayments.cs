using Eci.Shared.Auth;
using Eci.Shared.Contracts;
using Mediator;

namespace Eci.Modules.Payments.Features.ListPayments;

/// <summary>The caller's payments (an admin's: everyone's), optionally of one order, newest first.</summary>
internal sealed record ListPayments(PageRequest Paging, string? OrderId, Caller Caller) : IQuery<Page<PaymentResponse>>;
