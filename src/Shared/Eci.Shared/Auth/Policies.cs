namespace Eci.Shared.Auth;

/// <summary>Authorization policy names shared by every module's endpoints.</summary>
public static class Policies
{
    /// <summary>Catalog and stock administration, status changes and refunds: the <c>admin</c> role.</summary>
    public const string Admin = "admin";

    /// <summary>Any signed-in caller, customer or admin; which records they may see is the handler's decision.</summary>
    public const string SignedIn = "signed_in";

    /// <summary>The rate limiter policy of the login and registration endpoints (per client address).</summary>
    public const string AuthRateLimit = "auth";
}

/// <summary>The roles a token can carry.</summary>
public static class Roles
{
    public const string Customer = "customer";
    public const string Admin = "admin";
}
