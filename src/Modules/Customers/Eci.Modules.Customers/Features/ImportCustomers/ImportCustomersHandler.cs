using System.Globalization;
using Eci.Modules.Customers.Auth;
using Eci.Modules.Customers.Domain;
using Eci.Modules.Customers.Persistence;
using Eci.Shared.Contracts;
using Eci.Shared.Csv;
using Eci.Shared.Persistence;
using Eci.Shared.Seeding;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Eci.Modules.Customers.Features.ImportCustomers;

internal sealed class ImportCustomersHandler(CustomersDbContext db, TimeProvider clock)
    : ICommandHandler<Contracts.ImportCustomers, ImportReport>
{
    private static readonly string[] Columns = ["customer_id", "name", "email", "phone", "created_at"];

    public async ValueTask<ImportReport> Handle(Contracts.ImportCustomers command, CancellationToken cancellationToken)
    {
        var rows = await CsvFile.ReadAsync(command.CsvPath, Columns, cancellationToken);
        var rejected = new List<ImportRejection>();
        var candidates = SeedImport.Accept(rows, CustomerSeedRow.Parse, "customer_id", "email", rejected);

        var ids = candidates.Select(c => c.Id).ToArray();
        var keys = candidates.Select(c => c.Key).ToArray();
        var stored = await db.Customers.Where(c => ids.Contains(c.Id) || keys.Contains(c.EmailKey)).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var (inserted, updated, unchanged) = SeedImport.Reconcile(candidates, stored, c => c.Id, c => c.EmailKey,
            insert: row => db.Customers.Add(Customer.Register(row.Email, row.Name, row.Phone, row.CreatedAt, id: row.Id)),
            update: (customer, row) => customer.UpdateProfileIfChanged(row.Name, row.Phone, now),
            "customer", "email", rejected);

        await db.SaveChangesAsync(cancellationToken);
        await db.ResyncIdentityAsync(CustomersDbContext.Schema, "customers", "id", cancellationToken);
        return new ImportReport(Path.GetFileName(command.CsvPath), inserted, updated, unchanged, rejected.OrderBy(r => r.Row).ToList());
    }
}

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
