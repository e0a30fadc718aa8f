using System.Globalization;
using System.Security.Claims;
using Eci.Modules.Customers.Contracts;
using Eci.Shared.Auth;
using Mediator;
using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace Eci.Host.Http;

/// <summary>Accepts a token only while its account's security stamp is the one it carries (ADR 0029).</summary>
internal static class SecurityStampCheck
{
    public static async Task ValidateAsync(TokenValidatedContext context)
    {
        var principal = context.Principal!;
        if (!int.TryParse(principal.FindFirstValue(Caller.SubjectClaim), NumberStyles.None, CultureInfo.InvariantCulture, out var customerId)
            || principal.FindFirstValue(SecurityStampCache.Claim) is not { Length: > 0 } stamp)
        {
            context.Fail("The token names no account or carries no security stamp.");
            return;
        }

        var services = context.HttpContext.RequestServices;
        var sender = services.GetRequiredService<ISender>();
        if (!await services.GetRequiredService<SecurityStampCache>()
                .MatchesAsync(customerId, stamp, ct => sender.Send(new GetSecurityStamp(customerId), ct), context.HttpContext.RequestAborted))
        {
            context.Fail("The token was issued before the account's credentials changed.");
        }
    }
}
