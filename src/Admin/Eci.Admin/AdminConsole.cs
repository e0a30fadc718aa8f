using Eci.Admin.Auth;
using Eci.Shared.Auth;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Eci.Admin;

/// <summary>The operator console at <c>/admin</c>: server-rendered pages that call the modules' public contracts (ADR 0048).</summary>
public static class AdminConsole
{
    /// <summary>Where the console lives; the host gives these paths their own security headers.</summary>
    public const string PathPrefix = "/admin";

    public static IServiceCollection AddEciAdmin(this IServiceCollection services, IConfiguration configuration)
    {
        var session = TimeSpan.FromMinutes(configuration.GetValue("Admin:Console:SessionMinutes", 30));
        services.AddRazorPages(o =>
            {
                o.Conventions.AuthorizeFolder("/Admin", AdminSession.Policy);
                o.Conventions.AllowAnonymousToPage("/Admin/SignIn");
                o.Conventions.AllowAnonymousToPage("/Admin/SignInAttempt");
            })
            .AddApplicationPart(typeof(AdminConsole).Assembly);
        services.AddAuthentication().AddCookie(AdminSession.Scheme, o =>
        {
            o.Cookie.Name = AdminSession.CookieName;
            o.Cookie.Path = PathPrefix;
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.ExpireTimeSpan = session;
            o.SlidingExpiration = true;
            o.LoginPath = PathPrefix + "/sign-in";
            o.LogoutPath = PathPrefix + "/sign-out";
            o.Events = new CookieAuthenticationEvents
            {
                OnValidatePrincipal = AdminSession.ValidateAsync,
                OnRedirectToAccessDenied = AdminSession.ForbidAsync,
            };
        });
        services.AddAuthorizationBuilder().AddPolicy(AdminSession.Policy, p => p
            .AddAuthenticationSchemes(AdminSession.Scheme)
            .RequireAuthenticatedUser()
            .RequireRole(Roles.Admin));
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = AdminSession.CookieName + "_csrf";
            o.Cookie.Path = PathPrefix;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        return services;
    }

    public static IEndpointRouteBuilder MapEciAdmin(this IEndpointRouteBuilder app)
    {
        app.MapRazorPages();
        app.MapGet(PathPrefix + "/admin.css", AdminStyles.Serve).AllowAnonymous().ExcludeFromDescription();
        return app;
    }
}
