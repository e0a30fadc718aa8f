using System.Globalization;
using Eci.Modules.Customers.Auth;
using Eci.Modules.Customers.Domain;
using Eci.Modules.Customers.Persistence;
using Eci.Shared.Contracts;
using Eci.Shared.Csv;
using Eci.Shared.Persistence;
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
        var candidates = CustomerSeedRow.Parse(rows, rejected);

        var ids = candidates.Select(c => c.Id).ToArray();
        var keys = candidates.Select(c => Customer.KeyOf(c.Email)).ToArray();
        var existing = await db.Customers.Where(c => ids.Contains(c.Id) || keys.Contains(c.EmailKey)).ToListAsync(cancellationToken);
        var byId = existing.ToDictionary(c => c.Id);
        var byEmail = existing.ToDictionary(c => c.EmailKey);

        var now = clock.GetUtcNow().UtcDateTime;
        int inserted = 0, updated = 0, unchanged = 0;
        foreach (var row in candidates)
        {
            var key = Customer.KeyOf(row.Email);
            byId.TryGetValue(row.Id, out var sameId);
            byEmail.TryGetValue(key, out var sameEmail);
            if (sameEmail is not null && sameEmail.Id != row.Id)
            {
                rejected.Add(new(row.Line, $"email '{row.Email}' already belongs to customer {sameEmail.Id}."));
            }
            else if (sameId is not null && sameId.EmailKey != key)
            {
                rejected.Add(new(row.Line, $"customer_id {row.Id} already belongs to another email."));
            }
            else if (sameId is null)
            {
                db.Customers.Add(Customer.Register(row.Email, row.Name, row.Phone, row.CreatedAt, id: row.Id));
                inserted++;
            }
            else if (sameId.FullName != row.Name.Trim() || sameId.Phone != row.Phone)
            {
                sameId.ChangeProfile(row.Name, row.Phone, now);
                updated++;
            }
            else
            {
                unchanged++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await db.ResyncIdentityAsync(CustomersDbContext.Schema, "customers", "id", cancellationToken);
        return new ImportReport(Path.GetFileName(command.CsvPath), inserted, updated, unchanged, rejected.OrderBy(r => r.Row).ToList());
    }
}

/// <summary>A seed customer row that passed validation; of rows sharing an id or email, the first wins.</summary>
internal sealed record CustomerSeedRow(int Line, int Id, string Name, string Email, string? Phone, DateTime CreatedAt)
{
    public static List<CustomerSeedRow> Parse(IEnumerable<CsvRow> rows, List<ImportRejection> rejected)
    {
        var validator = new SeedCustomerValidator();
        var accepted = new List<CustomerSeedRow>();
        var firstById = new Dictionary<int, int>();
        var firstByEmail = new Dictionary<string, int>();
        foreach (var row in rows)
        {
            var reason = Check(row, validator, out var parsed);
            if (reason is null && firstById.TryGetValue(parsed!.Id, out var idLine))
            {
                reason = $"duplicate customer_id {parsed.Id} (first on line {idLine}).";
            }
            else if (reason is null && firstByEmail.TryGetValue(Customer.KeyOf(parsed!.Email), out var emailLine))
            {
                reason = $"duplicate email '{parsed.Email}' (first on line {emailLine}).";
            }

            if (reason is not null)
            {
                rejected.Add(new(row.Line, reason));
                continue;
            }

            firstById[parsed!.Id] = row.Line;
            firstByEmail[Customer.KeyOf(parsed.Email)] = row.Line;
            accepted.Add(parsed);
        }

        return accepted;
    }

    private static string? Check(CsvRow row, SeedCustomerValidator validator, out CustomerSeedRow? parsed)
    {
        parsed = null;
        if (!int.TryParse(row["customer_id"], NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id <= 0)
        {
            return $"customer_id '{row["customer_id"]}' is not a positive integer.";
        }

        if (!DateTime.TryParse(row["created_at"], CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var createdAt))
        {
            return $"created_at '{row["created_at"]}' is not a date and time.";
        }

        var candidate = new CustomerSeedRow(row.Line, id, row["name"], row["email"], row["phone"] is { Length: > 0 } phone ? phone : null,
            DateTime.SpecifyKind(createdAt, DateTimeKind.Utc));
        var result = validator.Validate(candidate);
        if (!result.IsValid)
        {
            return string.Join(" ", result.Errors.Select(e => e.ErrorMessage));
        }

        parsed = candidate;
        return null;
    }

    private sealed class SeedCustomerValidator : AbstractValidator<CustomerSeedRow>
    {
        public SeedCustomerValidator()
        {
            RuleFor(x => x.Name).Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("'name' must not be empty.")
                .MaximumLength(Customer.NameMaxLength);
            RuleFor(x => x.Email).ValidEmail();
            RuleFor(x => x.Phone).ValidPhone().When(x => x.Phone is not null);
        }
    }
}
