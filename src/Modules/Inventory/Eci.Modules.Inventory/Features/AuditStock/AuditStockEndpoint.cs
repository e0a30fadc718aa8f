using Eci.Shared.Auth;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Eci.Modules.Inventory.Features.AuditStock;

internal static class AuditStockEndpoint
{
    public static void Map(RouteGroupBuilder inventory) =>
        inventory.MapGet("/audit", async (ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new AuditStock(), ct)))
            .WithName("AuditStock")
            .RequireAuthorization(Policies.Admin);
}
