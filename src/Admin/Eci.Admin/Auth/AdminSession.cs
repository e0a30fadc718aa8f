using System.Globalization;
using System.Security.Claims;
using Eci.Modules.Customers.Contracts;
using Eci.Shared.Auth;
using Mediator;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Eci.Admin.Auth;

/// <summary>The console's cookie session: who it names, and the check that ends it when the account's stamp changes.</summary>
internal static class AdminSession
{
    public const string Scheme = "eci-admin";
    public const string Policy = "admin-console";
    public const string CookieName = "eci_admin";

    public static ClaimsPrincipal Principal(VerifiedAccount account) =>
        new(new ClaimsIdentity(
            [
                new Claim(Caller.SubjectClaim, account.CustomerId.ToString(CultureInfo.InvariantCulture)),
                new Claim(Caller.RoleClaim, account.Role),
                new Claim("email", account.Email),
                new Claim(SecurityStampCache.Claim, account.SecurityStamp),
            ],
            Scheme,
            "email",
            Caller.RoleClaim));

    /// <summary>A session lives only while its account keeps the stamp it signed in with: a new password, a reset or a role change ends it (ADR 0029).</summary>
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var principal = context.Principal;
        if (principal is null
            || !int.TryParse(principal.FindFirstValue(Caller.SubjectClaim), NumberStyles.None, CultureInfo.InvariantCulture, out var customerId)
            || principal.FindFirstValue(SecurityStampCache.Claim) is not { Length: > 0 } stamp
            || !await StampMatchesAsync(context.HttpContext, customerId, stamp))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(Scheme);
        }
    }

    /// <summary>Someone signed in but without the role: a plain 403, not a redirect to a page they cannot use either.</summary>
    public static Task ForbidAsync(RedirectContext<CookieAuthenticationOptions> context)
    {
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        return Task.CompletedTask;
    }

    private static ValueTask<bool> StampMatchesAsync(HttpContext http, int customerId, string stamp)
    {
        var sender = http.RequestServices.GetRequiredService<ISender>();
        return http.RequestServices.GetRequiredService<SecurityStampCache>()
            .MatchesAsync(customerId, stamp, ct => sender.Send(new GetSecurityStamp(customerId), ct), http.RequestAborted);
    }
}
