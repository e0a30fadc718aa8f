namespace Eci.Modules.Customers;

/// <summary>Settings under <c>Modules:Customers</c>.</summary>
internal sealed class CustomersOptions
{
    // Failed logins in a row that lock an account.
    public int MaxFailedLogins { get; set; } = 5;

    public int LockoutMinutes { get; set; } = 15;

    // How long a password token stays usable.
    public int PasswordTokenHours { get; set; } = 24;

    public TimeSpan Lockout => TimeSpan.FromMinutes(LockoutMinutes);
}
