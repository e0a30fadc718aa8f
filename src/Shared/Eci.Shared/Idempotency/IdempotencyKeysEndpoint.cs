using System.Security.Claims;
using Eci.Shared.Auth;
using Eci.Shared.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Eci.Shared.Idempotency;

/// <summary>
/// <c>GET /v1/idempotency-keys/{key}</c>. The keys are every module's, so the host maps it beside the modules, and each
/// module lets it read its own store with <see cref="AddIdempotencyKeyLookup{TContext}"/>.
/// </summary>
public static class IdempotencyKeysEndpoint
{
    public static IServiceCollection AddIdempotencyKeyLookup<TContext>(this IServiceCollection services, string module)
        where TContext : DbContext =>
        services.AddScoped<IIdempotencyKeyLookup>(sp => new IdempotencyKeyLookup<TContext>(sp.GetRequiredService<TContext>(), module));

    public static IServiceCollection AddIdempotencyKeyInspection(this IServiceCollection services) =>
        services.AddScoped<IdempotencyKeyInspector>().AddEciJsonTypes(IdempotencyJson.Default);

    public static void MapIdempotencyKeys(this IEndpointRouteBuilder v1) =>
        v1.MapGet("/idempotency-keys/{key}", async (string key, string? owner, ClaimsPrincipal user, IdempotencyKeyInspector inspector, CancellationToken ct) =>
                TypedResults.Ok(await inspector.InspectAsync(key, Caller.From(user), owner, ct)))
            .WithTags("Idempotency")
            .WithName("GetIdempotencyKey")
            .RequireAuthorization(Policies.SignedIn)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
