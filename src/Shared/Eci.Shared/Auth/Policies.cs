namespace Eci.Shared.Auth;

/// <summary>Authorization policy names shared by every module's endpoints.</summary>
public static class Policies
{
    /// <summary>Catalog and stock administration, status changes and refunds.</summary>
    public const string Admin = "admin";
}
