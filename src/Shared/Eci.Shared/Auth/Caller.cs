using System.Security.Claims;

namespace Eci.Shared.Auth;

/// <summary>Who is calling, as far as a handler needs to know: which customer, and whether an admin.</summary>
public sealed record Caller(int? CustomerId, bool IsAdmin)
{
    public const string SubjectClaim = "sub";
    public const string RoleClaim = "role";

    public static Caller Anonymous { get; } = new(null, false);

    public static Caller From(ClaimsPrincipal user) => new(
        int.TryParse(user.FindFirstValue(SubjectClaim), out var id) ? id : null,
        user.HasClaim(RoleClaim, Roles.Admin));

    /// <summary>An admin may act on any customer's records; a customer only on their own.</summary>
    public bool MayActFor(int customerId) => IsAdmin || CustomerId == customerId;
}
