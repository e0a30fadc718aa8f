using Eci.Admin;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Net.Http.Headers;

namespace Eci.Host.Http;

/// <summary>Headers that keep browsers from misreading, framing or caching responses; /docs gets a policy for its own script.</summary>
internal static class SecurityHeaders
{
    public const string ApiPolicy = "default-src 'none'; frame-ancestors 'none'";

    public const string DocsPolicy =
        "default-src 'none'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
        + "font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; frame-ancestors 'none'";

    /// <summary>The console's pages: its own stylesheet and forms to itself, nothing else; no script at all.</summary>
    public const string AdminPolicy =
        "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    private static readonly Func<object, Task> ApplyCallback = static state =>
    {
        Apply((HttpContext)state);
        return Task.CompletedTask;
    };

    /// <summary>Kestrel names itself in a Server header unless told not to; that only helps someone choosing an exploit.</summary>
    public static IServiceCollection AddEciSecurityHeaders(this IServiceCollection services) =>
        services.Configure<KestrelServerOptions>(o => o.AddServerHeader = false);

    public static void UseEciSecurityHeaders(this WebApplication app) =>
        app.Use(static (context, next) =>
        {
            // A static callback with the context as its state: nothing allocated per request for it.
            context.Response.OnStarting(ApplyCallback, context);
            return next(context);
        });

    private static void Apply(HttpContext context)
    {
        var headers = context.Response.Headers;
        var path = context.Request.Path;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        var admin = path.StartsWithSegments(AdminConsole.PathPrefix);
        headers.ContentSecurityPolicy = path.StartsWithSegments("/docs") ? DocsPolicy : admin ? AdminPolicy : ApiPolicy;
        if (admin && !path.Equals(AdminConsole.PathPrefix + "/admin.css"))
        {
            headers.CacheControl = "no-store";
        }
        else if (path.StartsWithSegments("/v1") && (SignedIn(context) || path.StartsWithSegments("/v1/users")))
        {
            headers.CacheControl = "no-store";
        }

        headers.Remove(HeaderNames.Server);
    }

    // A caller that sent a token counts as signed in: a refusal by the limits answers before the token is checked.
    private static bool SignedIn(HttpContext context) =>
        context.User.Identity?.IsAuthenticated == true || context.Request.Headers.Authorization.Count > 0;
}
