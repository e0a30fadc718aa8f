using Eci.Shared.Auth;
using Eci.Shared.Contracts;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Eci.Modules.Customers.Features.ListCustomers;

internal static class ListCustomersEndpoint
{
    public static void Map(RouteGroupBuilder users) =>
        users.MapGet("/", async (
                ISender sender,
                CancellationToken ct,
                [FromQuery] int? page,
                [FromQuery(Name = "page_size")] int? pageSize,
                [FromQuery] string? email) =>
                TypedResults.Ok(await sender.Send(new ListCustomers(PageRequest.From(page, pageSize), email), ct)))
            .WithName("ListUsers")
            .RequireAuthorization(Policies.Admin)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
