using Eci.Modules.Customers.Domain;
using FluentValidation;

namespace Eci.Modules.Customers.Background;

/// <summary>Settings under <c>Admin</c>: the first admin account, created at start-up when missing.</summary>
internal sealed class AdminSettings
{
    // The password appsettings.Development.json ships; any other environment refuses to start with it.
    public const string DevelopmentPassword = "development-admin-password";

    public string? Email { get; set; }

    public string? Password { get; set; }

    // Neither is set: the server starts without creating an admin (and says so in its log).
    public bool IsUnset => string.IsNullOrWhiteSpace(Email) && string.IsNullOrWhiteSpace(Password);

    // Why these settings must not create an admin outside development, or null when they are fine.
    public string? ProductionProblem() =>
        string.IsNullOrWhiteSpace(Email) ? "Admin:Email is empty while Admin:Password is set; set both or neither."
        : string.IsNullOrWhiteSpace(Password) ? "Admin:Password is empty while Admin:Email is set; set both or neither."
        : Placeholders.IsPlaceholder(Email) ? $"Admin:Email is the placeholder '{Email.Trim()}'; set Admin__Email to the admin's address."
        : Placeholders.IsPlaceholder(Password) ? "Admin:Password is a placeholder; set Admin__Password to a secret of your own."
        : Password == DevelopmentPassword ? "Admin:Password is the development password; set Admin__Password to a secret of your own."
        : !Rules.Validate(this, o => o.IncludeProperties(nameof(Email))).IsValid ? "Admin:Email is not an e-mail address."
        : !Rules.Validate(this).IsValid
            ? $"Admin:Password does not meet the password rules ({PasswordRules.MinLength} to {PasswordRules.MaxLength} characters, not the e-mail address)."
        : null;

    private static readonly InlineValidator<AdminSettings> Rules = new()
    {
        v => v.RuleFor(a => a.Email).ValidEmail(),
        v => v.RuleFor(a => a.Password).StrongPassword(a => a.Email),
    };

    // Values that templates and examples ship in place of a secret; none may reach a real admin account.
    private static class Placeholders
    {
        private static readonly string[] Markers = ["replaceme", "changeme", "changeit", "placeholder", "yourpassword", "youremail"];
        private static readonly HashSet<string> Whole = ["todo", "tbd", "xxx", "password", "admin", "secret", "example", "null", "none"];

        public static bool IsPlaceholder(string value)
        {
            var letters = new string([.. value.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)]);
            return letters.Length == 0 || Whole.Contains(letters) || Markers.Any(m => letters.Contains(m, StringComparison.Ordinal))
                || value.Trim() is ['<', .., '>'] or ['$', '{', .., '}'];
        }
    }
}
