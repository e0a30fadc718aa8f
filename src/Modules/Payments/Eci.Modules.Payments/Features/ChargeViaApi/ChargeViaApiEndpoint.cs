using System.Security.Claims;
using Eci.Shared.Auth;
using Eci.Shared.Idempotency;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Eci.Modules.Payments.Features.ChargeViaApi;

internal static class ChargeViaApiEndpoint
{
    public static void Map(RouteGroupBuilder payments)
    {
        Charge(payments, "/charge").WithName("ChargePayment");
        Charge(payments, "/").WithName("CreatePayment");
    }

    private static RouteHandlerBuilder Charge(RouteGroupBuilder payments, string pattern) =>
        payments.MapPost(pattern, async (ChargeRequest body, HttpContext http, ClaimsPrincipal user, ISender sender, CancellationToken ct) =>
            {
                var payment = await sender.Send(new ChargeViaApi(body, IdempotencyEndpoints.KeyFrom(http, body.IdempotencyKey), Caller.From(user)), ct);
                return TypedResults.Created($"/v1/payments/{payment.Id}", payment);
            })
            .RequireAuthorization(Policies.SignedIn)
            .ReportsIdempotentReplays()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
}
