using System.Security.Claims;
using Eci.Modules.Payments.Features.Charge;
using Eci.Modules.Payments.Features.GetPayment;
using Eci.Modules.Payments.Features.Refund;
using Eci.Shared.Auth;
using Eci.Shared.Contracts;
using Eci.Shared.Idempotency;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Eci.Modules.Payments.Features;

/// <summary>The refund body; <c>payment_id</c> is used by <c>POST /v1/payments/refund</c>.</summary>
internal sealed record RefundRequest(Guid? PaymentId, decimal? Amount, string? Reason, string? IdempotencyKey);

internal static class PaymentEndpoints
{
    public static void Map(IEndpointRouteBuilder v1)
    {
        var payments = v1.MapGroup("/payments").WithTags("Payments");

        RouteHandlerBuilder Charge(string pattern) =>
            payments.MapPost(pattern, async (ChargeRequest body, HttpContext http, ClaimsPrincipal user, ISender sender, CancellationToken ct) =>
                {
                    var payment = await sender.Send(new ChargeViaApi(body, IdempotencyEndpoints.KeyFrom(http, body.IdempotencyKey), Caller.From(user)), ct);
                    return TypedResults.Created($"/v1/payments/{payment.Id}", payment);
                })
                .RequireAuthorization(Policies.SignedIn)
                .ReportsIdempotentReplays()
                .ProducesProblem(StatusCodes.Status400BadRequest)
                .ProducesProblem(StatusCodes.Status409Conflict)
                .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        Charge("/charge").WithName("ChargePayment");
        Charge("/").WithName("CreatePayment");

        payments.MapGet("/{id:guid}", async (Guid id, ClaimsPrincipal user, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ShowPayment(id, Caller.From(user)), ct)))
            .WithName("GetPayment")
            .RequireAuthorization(Policies.SignedIn)
            .ProducesProblem(StatusCodes.Status404NotFound);

        payments.MapGet("/", async (
                ClaimsPrincipal user, ISender sender, CancellationToken ct,
                [FromQuery(Name = "order_id")] string? orderId, [FromQuery] int? page, [FromQuery(Name = "page_size")] int? pageSize) =>
                TypedResults.Ok(await sender.Send(new ListPayments(PageRequest.From(page, pageSize), orderId, Caller.From(user)), ct)))
            .WithName("ListPayments")
            .RequireAuthorization(Policies.SignedIn);

        payments.MapPost("/{id:guid}/refund", (Guid id, RefundRequest body, HttpContext http, ISender sender, CancellationToken ct) =>
                RefundAsync(id, body, http, sender, ct))
            .WithName("RefundPayment")
            .RequireAuthorization(Policies.Admin)
            .ReportsIdempotentReplays()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        payments.MapPost("/refund", (RefundRequest body, HttpContext http, ISender sender, CancellationToken ct) =>
                RefundAsync(body.PaymentId ?? Guid.Empty, body, http, sender, ct))
            .WithName("RefundPaymentById")
            .RequireAuthorization(Policies.Admin)
            .ReportsIdempotentReplays()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<IResult> RefundAsync(Guid id, RefundRequest body, HttpContext http, ISender sender, CancellationToken ct)
    {
        var payment = await sender.Send(new ToRefund(id, body, IdempotencyEndpoints.KeyFrom(http, body.IdempotencyKey)), ct);
        return TypedResults.Ok(payment);
    }
}
