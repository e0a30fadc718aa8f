using System.Text;

namespace Eci.Shared.Auth;

/// <summary>Settings under <c>Auth</c>: how access tokens are signed and checked.</summary>
public sealed class JwtSettings
{
    public const string Section = "Auth";

    /// <summary>The key appsettings.Development.json ships; any other environment refuses to start with it.</summary>
    public const string DevelopmentSigningKey = "development-only-signing-key-do-not-use-in-production";

    public string Issuer { get; set; } = "eci";

    public string Audience { get; set; } = "eci-api";

    /// <summary>HMAC-SHA256 key, at least 32 bytes of UTF-8.</summary>
    public string SigningKey { get; set; } = string.Empty;

    public int AccessTokenMinutes { get; set; } = 15;

    /// <summary>How long a replica trusts a security stamp it read; 0 reads it on every request.</summary>
    public int SecurityStampCacheSeconds { get; set; } = 30;

    public byte[] KeyBytes => Encoding.UTF8.GetBytes(SigningKey);

    /// <summary>Why these settings must not be used outside development, or null when they are fine.</summary>
    public string? ProductionProblem() =>
        string.IsNullOrWhiteSpace(SigningKey) ? "Auth:SigningKey is not set."
        : SigningKey == DevelopmentSigningKey ? "Auth:SigningKey is the development key."
        : KeyBytes.Length < 32 ? "Auth:SigningKey must be at least 32 bytes."
        : AccessTokenMinutes is < 1 or > 1440 ? "Auth:AccessTokenMinutes must be between 1 and 1440."
        : SettingsProblem();

    /// <summary>Why these settings cannot be used in any environment, or null when they are fine.</summary>
    public string? SettingsProblem() =>
        SecurityStampCacheSeconds is < 0 or > 300 ? "Auth:SecurityStampCacheSeconds must be between 0 and 300." : null;
}
