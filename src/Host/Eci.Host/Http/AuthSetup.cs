using Eci.Shared.Auth;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.IdentityModel.Tokens;

namespace Eci.Host.Http;

/// <summary>JWT bearer authentication and the shared policies.</summary>
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

        if (jwt.SettingsProblem() is { } unusable)
        {
            throw new InvalidOperationException(unusable);
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
            o.Events = new JwtBearerEvents { OnTokenValidated = SecurityStampCheck.ValidateAsync };
        });
        services.TryAddSingleton<SecurityStampCache>();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<TimeProvider>((o, clock) => o.TokenValidationParameters.LifetimeValidator = (notBefore, expires, _, parameters) =>
                Lifetime.Covers(clock.GetUtcNow().UtcDateTime, notBefore, expires, parameters.ClockSkew));
        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Admin, p => p.RequireAuthenticatedUser().RequireRole(Roles.Admin))
            .AddPolicy(Policies.SignedIn, p => p.RequireAuthenticatedUser());
        return services.AddEciRateLimits(configuration);
    }

    /// <summary>Token lifetimes are judged by the host's clock, the same one that issued them.</summary>
    private static class Lifetime
    {
        public static bool Covers(DateTime now, DateTime? notBefore, DateTime? expires, TimeSpan skew) =>
            expires is not null && (notBefore is null || notBefore <= now + skew) && expires >= now - skew;
    }
}
