using System.Globalization;
using Eci.Modules.Customers.Domain;
using Eci.Shared.Csv;
using Eci.Shared.Seeding;
using FluentValidation;

namespace Eci.Modules.Customers.Features.ImportCustomers;

/// <summary>A seed customer that passed validation. No password: imported customers set one with a token.</summary>
internal sealed record CustomerSeedRow(int Line, int Id, string Name, string Email, string? Phone, DateTime CreatedAt) : ISeedRow
{
    private static readonly Validator Rules = new();

    public string Key => Customer.KeyOf(Email);

    public static (CustomerSeedRow? Row, string? Reason) Parse(CsvRow row)
    {
        if (!int.TryParse(row["customer_id"], NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id <= 0)
        {
            return (null, $"customer_id '{row["customer_id"]}' is not a positive integer.");
        }

        if (!DateTime.TryParse(row["created_at"], CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var createdAt))
        {
            return (null, $"created_at '{row["created_at"]}' is not a date and time.");
        }

        var candidate = new CustomerSeedRow(row.Line, id, row["name"], row["email"], row["phone"] is { Length: > 0 } phone ? phone : null,
            DateTime.SpecifyKind(createdAt, DateTimeKind.Utc));
        var result = Rules.Validate(candidate);
        return result.IsValid ? (candidate, null) : (null, string.Join(" ", result.Errors.Select(e => e.ErrorMessage)));
    }

    private sealed class Validator : AbstractValidator<CustomerSeedRow>
    {
        public Validator()
        {
            RuleFor(x => x.Name).Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("'name' must not be empty.")
                .MaximumLength(Customer.NameMaxLength);
            RuleFor(x => x.Email).ValidEmail();
            RuleFor(x => x.Phone).ValidPhone().When(x => x.Phone is not null);
        }
    }
}
