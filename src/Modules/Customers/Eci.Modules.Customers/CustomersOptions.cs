namespace Eci.Modules.Customers;

/// <summary>Settings under <c>Modules:Customers</c>.</summary>
internal sealed class CustomersOptions
{
    /// <summary>Failed logins in a row that lock an account.</summary>
    public int MaxFailedLogins { get; set; } = 5;

    public int LockoutMinutes { get; set; } = 15;

    /// <summary>How long a password token stays usable.</summary>
    public int PasswordTokenHours { get; set; } = 24;

    public TimeSpan Lockout => TimeSpan.FromMinutes(LockoutMinutes);
}

/// <summary>Settings under <c>Admin</c>: the first admin account, created at start-up when missing.</summary>
internal sealed class AdminSettings
{
    /// <summary>The password appsettings.Development.json ships; any other environment refuses to start with it.</summary>
    public const string DevelopmentPassword = "development-admin-password";

    public string? Email { get; set; }

    public string? Password { get; set; }
}
