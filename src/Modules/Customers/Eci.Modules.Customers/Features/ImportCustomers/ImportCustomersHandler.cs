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
