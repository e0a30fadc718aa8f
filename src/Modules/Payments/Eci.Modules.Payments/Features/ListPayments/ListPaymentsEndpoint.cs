using System.Security.Claims;
using Eci.Shared.Auth;
using Eci.Shared.Contracts;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Eci.Modules.Payments.Features.ListPayments;

internal static class ListPaymentsEndpoint
{
    public static void Map(RouteGroupBuilder payments) =>
        payments.MapGet("/", async (
                ClaimsPrincipal user, ISender sender, CancellationToken ct,
                [FromQuery(Name = "order_id")] string? orderId, [FromQuery] int? page, [FromQuery(Name = "page_size")] int? pageSize) =>
                TypedResults.Ok(await sender.Send(new ListPayments(PageRequest.From(page, pageSize), orderId, Caller.From(user)), ct)))
            .WithName("ListPayments")
            .RequireAuthorization(Policies.SignedIn);
}
