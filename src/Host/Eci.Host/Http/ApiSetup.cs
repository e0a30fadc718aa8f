using System.Text.Json;
using Eci.Shared.Errors;
using Eci.Shared.Http;
using Eci.Shared.Validation;
using FluentValidation;
using Microsoft.AspNetCore.Http.Json;

namespace Eci.Host.Http;

/// <summary>The API conventions every module's endpoints share: JSON shape, problem details, limits, docs.</summary>
internal static class ApiSetup
{
    public static IServiceCollection AddEciApi(this IServiceCollection services)
    {
        services.Configure<JsonOptions>(o => EciJson.Configure(o.SerializerOptions));
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddProblemDetails(o => o.CustomizeProblemDetails = ctx =>
        {
            ctx.ProblemDetails.Instance ??= ctx.HttpContext.Request.Path;
            ProblemExceptionHandler.CompleteBareBadRequest(ctx);
            ctx.ProblemDetails.Extensions["trace_id"] = System.Diagnostics.Activity.Current?.Id ?? ctx.HttpContext.TraceIdentifier;
            if (!ctx.ProblemDetails.Extensions.ContainsKey("code") && ctx.ProblemDetails.Status is { } status)
            {
                var code = ProblemTypes.ForStatus(status);
                ctx.ProblemDetails.Type = ProblemTypes.Uri(code);
                ctx.ProblemDetails.Extensions["code"] = code;
            }
        });
        services.AddExceptionHandler<ProblemExceptionHandler>();
        services.AddOpenApi(o => o.AddSchemaTransformer(ConvertedTypeSchemas.DescribeAsync));
        ValidatorOptions.Global.DisplayNameResolver = (_, member, _) => SnakeCaseDisplayNames.Of(member);
        return services;
    }

    public static JsonSerializerOptions Json { get; } = EciJson.Create();
}
