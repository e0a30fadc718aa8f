using Eci.Shared.Auth;
using Eci.Shared.Idempotency;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Eci.Modules.Payments.Features.RefundViaApi;

internal static class RefundViaApiEndpoint
{
    public static void Map(RouteGroupBuilder payments)
    {
        payments.MapPost("/{id:guid}/refund", (Guid id, RefundRequest body, HttpContext http, ISender sender, CancellationToken ct) =>
                RefundAsync(id, body, http, sender, ct))
            .WithName("RefundPayment")
            .RequireAuthorization(Policies.Admin)
            .ReportsIdempotentReplays()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        payments.MapPost("/refund", (RefundRequest body, HttpContext http, ISender sender, CancellationToken ct) =>
                RefundAsync(body.PaymentId ?? Guid.Empty, body, http, sender, ct))
            .WithName("RefundPaymentById")
            .RequireAuthorization(Policies.Admin)
            .ReportsIdempotentReplays()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
    }

    private static async Task<IResult> RefundAsync(Guid id, RefundRequest body, HttpContext http, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new RefundViaApi(id, body, IdempotencyEndpoints.KeyFrom(http, body.IdempotencyKey)), ct));
}
