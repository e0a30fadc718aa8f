using System.Threading.RateLimiting;
using Eci.Shared.Auth;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Mvc;
using Microsoft.IdentityModel.Tokens;

namespace Eci.Host.Http;

/// <summary>JWT bearer authentication, the shared policies, and the rate limit on login and registration.</summary>
internal static class AuthSetup
{
    public static IServiceCollection AddEciAuth(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var jwt = configuration.GetSection(JwtSettings.Section).Get<JwtSettings>() ?? new JwtSettings();
        if (jwt.ProductionProblem() is { } problem && (!environment.IsDevelopment() || jwt.KeyBytes.Length < 32))
        {
            throw new InvalidOperationException(
                $"{problem} Set a random key of at least 32 bytes in Auth__SigningKey (environment: {environment.EnvironmentName}).");
        }

        services.AddOptions<JwtSettings>().Bind(configuration.GetSection(JwtSettings.Section));
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(o =>
        {
            o.MapInboundClaims = false;
            o.TokenValidationParameters = new TokenValidationParameters
            {
                ValidIssuer = jwt.Issuer,
                ValidAudience = jwt.Audience,
                IssuerSigningKey = new SymmetricSecurityKey(jwt.KeyBytes),
                ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
                ClockSkew = TimeSpan.FromSeconds(30),
                NameClaimType = Caller.SubjectClaim,
                RoleClaimType = Caller.RoleClaim,
            };
        });
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<TimeProvider>((o, clock) => o.TokenValidationParameters.LifetimeValidator = (notBefore, expires, _, parameters) =>
                Lifetime.Covers(clock.GetUtcNow().UtcDateTime, notBefore, expires, parameters.ClockSkew));
        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Admin, p => p.RequireAuthenticatedUser().RequireRole(Roles.Admin))
            .AddPolicy(Policies.SignedIn, p => p.RequireAuthenticatedUser());
        return services.AddAuthRateLimit(configuration);
    }

    private static IServiceCollection AddAuthRateLimit(this IServiceCollection services, IConfiguration configuration)
    {
        var permits = configuration.GetValue("RateLimits:Auth:PermitLimit", 10);
        var window = TimeSpan.FromSeconds(configuration.GetValue("RateLimits:Auth:WindowSeconds", 60));
        return services.AddRateLimiter(o =>
        {
            o.AddPolicy(Policies.AuthRateLimit, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "local",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = window, QueueLimit = 0 }));
            o.OnRejected = async (context, cancellationToken) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : window;
                var http = context.HttpContext;
                http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                http.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = http,
                    ProblemDetails = new ProblemDetails
                    {
                        Status = StatusCodes.Status429TooManyRequests,
                        Title = "Too many requests",
                        Detail = "Too many attempts from this client; retry after the time in Retry-After.",
                    },
                });
            };
        });
    }

    /// <summary>Token lifetimes are judged by the host's clock, the same one that issued them.</summary>
    private static class Lifetime
    {
        public static bool Covers(DateTime now, DateTime? notBefore, DateTime? expires, TimeSpan skew) =>
            expires is not null && (notBefore is null || notBefore <= now + skew) && expires >= now - skew;
    }
}
