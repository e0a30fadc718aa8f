using FluentValidation;

namespace Eci.Modules.Customers.Domain;

internal static class PasswordRules
{
    public const int MinLength = 8;
    public const int MaxLength = 128;

    // At least 8 characters, at most 128, and not the account's email.
    public static IRuleBuilderOptions<T, string?> StrongPassword<T>(this IRuleBuilder<T, string?> rule, Func<T, string?> email) =>
        rule.NotEmpty().Length(MinLength, MaxLength)
            .Must((parent, password) => password is null || email(parent) is not { } e || !IsEmail(password, e))
            .WithMessage("'{PropertyName}' must not be the email address.");

    public static bool IsEmail(string password, string email) =>
        string.Equals(password.Trim(), email.Trim(), StringComparison.OrdinalIgnoreCase);

    public static IRuleBuilderOptions<T, string?> ValidEmail<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().MaximumLength(Domain.Customer.EmailMaxLength).EmailAddress();

    public static IRuleBuilderOptions<T, string?> ValidPhone<T>(this IRuleBuilder<T, string?> rule) =>
        rule.MaximumLength(Domain.Customer.PhoneMaxLength).Matches(@"^\+?[0-9][0-9 ()-]*$")
            .WithMessage("'{PropertyName}' must be digits, optionally with a leading '+', spaces, '-' or parentheses.");
}
