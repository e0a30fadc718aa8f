using Eci.Shared.Auth;

namespace Eci.Modules.Customers.Domain;

// A customer account. Imported customers have no password hash until they set one with a password token, so they cannot
// log in before that.
internal sealed class Customer
{
    public const int EmailMaxLength = 254;
    public const int NameMaxLength = 200;
    public const int PhoneMaxLength = 32;
    public const int SecurityStampLength = 32;

    private readonly List<Address> _addresses = [];

    private Customer()
    {
    }

    public int Id { get; private set; }

    public string Email { get; private set; } = string.Empty;

    // The email in lower case; unique, so emails are unique regardless of letter case.
    public string EmailKey { get; private set; } = string.Empty;

    public string FullName { get; private set; } = string.Empty;

    public string? Phone { get; private set; }

    public string Role { get; private set; } = Roles.Customer;

    public string? PasswordHash { get; private set; }

    // Wrong passwords in a row; counted by LockoutCounter in the database, never in memory.
    public int FailedLogins { get; private set; }

    public DateTime? LockedUntil { get; private set; }

    // SHA-256 of the one-time token that lets the customer set a password, and when it stops working.
    public string? PasswordTokenHash { get; private set; }

    public DateTime? PasswordTokenExpiresAt { get; private set; }

    // Every access token carries it; a new password, a password reset, a new email or a new role replaces it, which
    // ends every token issued before.
    public string SecurityStamp { get; private set; } = NewSecurityStamp();

    public DateTime CreatedAt { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    public int Version { get; private set; }

    public IReadOnlyList<Address> Addresses => _addresses;

    public bool IsAdmin => Role == Roles.Admin;

    public Address? DefaultAddress => _addresses.FirstOrDefault(a => a.IsDefault) ?? _addresses.FirstOrDefault();

    public static string KeyOf(string email) => email.Trim().ToLowerInvariant();

    public static Customer Register(string email, string fullName, string? phone, DateTime now, string role = Roles.Customer, int id = 0)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        ArgumentException.ThrowIfNullOrWhiteSpace(fullName);
        var customer = new Customer { Id = id, Role = role, CreatedAt = now };
        customer.ChangeEmail(email, now);
        customer.ChangeProfile(fullName, phone, now);
        return customer;
    }

    public void ChangeEmail(string email, DateTime now)
    {
        Email = email.Trim();
        EmailKey = KeyOf(email);
        RenewSecurityStamp();
        Touch(now);
    }

    public void ChangeProfile(string fullName, string? phone, DateTime now)
    {
        FullName = fullName.Trim();
        Phone = string.IsNullOrWhiteSpace(phone) ? null : phone.Trim();
        Touch(now);
    }

    // Changes name and phone when they differ; returns whether anything changed.
    public bool UpdateProfileIfChanged(string fullName, string? phone, DateTime now)
    {
        var normalizedPhone = string.IsNullOrWhiteSpace(phone) ? null : phone.Trim();
        if (FullName == fullName.Trim() && Phone == normalizedPhone)
        {
            return false;
        }

        ChangeProfile(fullName, phone, now);
        return true;
    }

    // Replaces the addresses; the first marked default (or else the first) becomes the only default.
    public void ReplaceAddresses(IEnumerable<Address> addresses, DateTime now)
    {
        var list = addresses.ToList();
        var chosen = list.FindIndex(a => a.IsDefault);
        chosen = chosen < 0 ? 0 : chosen;
        _addresses.Clear();
        _addresses.AddRange(list.Select((a, i) => new Address(a.Line1, a.Line2, a.City, a.PostalCode, a.Country, i == chosen)));
        Touch(now);
    }

    // Stores a new password's hash; clears any lockout and unused password token and ends every older token.
    public void SetPasswordHash(string hash, DateTime now)
    {
        PasswordHash = hash;
        FailedLogins = 0;
        LockedUntil = null;
        PasswordTokenHash = null;
        PasswordTokenExpiresAt = null;
        RenewSecurityStamp();
        Touch(now);
    }

    // The same password, hashed with today's parameters: the account's tokens stay valid.
    public void UpgradePasswordHash(string hash, DateTime now)
    {
        PasswordHash = hash;
        Touch(now);
    }

    // An admin resets the password: the account's tokens end now, not when the customer sets the new one.
    public void IssuePasswordToken(string tokenHash, DateTime expiresAt, DateTime now)
    {
        PasswordTokenHash = tokenHash;
        PasswordTokenExpiresAt = expiresAt;
        RenewSecurityStamp();
        Touch(now);
    }

    public bool HasValidPasswordToken(string tokenHash, DateTime now) =>
        PasswordTokenHash is not null && PasswordTokenExpiresAt > now
        && System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(
            System.Text.Encoding.ASCII.GetBytes(PasswordTokenHash), System.Text.Encoding.ASCII.GetBytes(tokenHash));

    public bool IsLockedOut(DateTime now) => LockedUntil > now;

    public void RecordSuccessfulLogin()
    {
        FailedLogins = 0;
        LockedUntil = null;
    }

    public void PromoteToAdmin(DateTime now)
    {
        Role = Roles.Admin;
        RenewSecurityStamp();
        Touch(now);
    }

    private static string NewSecurityStamp() => Guid.NewGuid().ToString("N");

    private void RenewSecurityStamp() => SecurityStamp = NewSecurityStamp();

    private void Touch(DateTime now)
    {
        UpdatedAt = now;
        Version++;
    }
}
