using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
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
        var cache = services.GetRequiredService<SecurityStampCache>();
        if (!cache.TryGet(customerId, out var current))
        {
            var generation = cache.Generation;
            current = await services.GetRequiredService<ISender>().Send(new GetSecurityStamp(customerId), context.HttpContext.RequestAborted);
            if (current is not null)
            {
                cache.Remember(customerId, current, generation);
            }
        }

        if (current is null || !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(current), Encoding.UTF8.GetBytes(stamp)))
        {
            context.Fail("The token was issued before the account's credentials changed.");
        }
    }
}
