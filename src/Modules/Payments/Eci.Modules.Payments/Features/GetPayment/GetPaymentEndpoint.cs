using System.Security.Claims;
using Eci.Shared.Auth;
using Eci.Shared.Preconditions;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Eci.Modules.Payments.Features.GetPayment;

internal static class GetPaymentEndpoint
{
    public static void Map(RouteGroupBuilder payments) =>
        payments.MapGet("/{id:guid}", async (Guid id, ClaimsPrincipal user, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetPayment(id, Caller.From(user)), ct)))
            .WithName("GetPayment")
            .WithETag()
            .RequireAuthorization(Policies.SignedIn)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
