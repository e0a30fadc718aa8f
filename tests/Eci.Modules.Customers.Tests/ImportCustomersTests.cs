using Eci.Modules.Customers.Contracts;
using Eci.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Eci.Modules.Customers.Tests;

/// <summary>The seed customers, on a host of their own because the import fills the seed's ids.</summary>
public abstract class ImportCustomersTests(HostFixture host)
{
    private static readonly string SeedFile = Path.Combine(AppContext.BaseDirectory, "seed", "eci_customers.csv");

    [Fact]
    public async Task The_seed_keeps_the_first_of_each_email_and_reports_the_rest()
    {
        var first = await host.SendAsync(new ImportCustomers(SeedFile));
        var second = await host.SendAsync(new ImportCustomers(SeedFile));

        Assert.Equal(92, first.Inserted + first.Unchanged);
        Assert.Equal(8, first.Rejected.Count);
        Assert.All(first.Rejected, r => Assert.StartsWith("duplicate email", r.Reason, StringComparison.Ordinal));
        Assert.Equal((0, 0, 92, 8), (second.Inserted, second.Updated, second.Unchanged, second.Rejected.Count));
        Assert.Equal(first.Rejected, second.Rejected);
    }

    [Fact]
    public async Task Imported_customers_keep_their_seed_id_and_date_but_get_no_password()
    {
        await host.SendAsync(new ImportCustomers(SeedFile));

        var first = await host.WithCustomersDbAsync(db => db.Customers.AsNoTracking().SingleAsync(c => c.Id == 1));

        Assert.Equal(("Pari Iyer", "cust516@mail.com", "9620345176"), (first.FullName, first.Email, first.Phone));
        Assert.Equal(new DateTime(2025, 4, 7, 18, 17, 29, DateTimeKind.Utc), first.CreatedAt);
        Assert.Null(first.PasswordHash);
        var contact = await host.QueryAsync(new GetCustomerContact(1));
        Assert.Equal("cust516@mail.com", contact?.Email);
    }

    [Fact]
    public async Task Bad_rows_are_reported_by_line()
    {
        var id = 300_000 + Random.Shared.Next(600_000);
        var tag = Guid.NewGuid().ToString("N")[..8];
        var path = TempCsv.Write("eci-customers", [
            "customer_id,name,email,phone,created_at",
            $"{id},Good,{tag}@ok.com,,2024-01-01 10:00:00",
            $"zero,Bad id,{tag}b@ok.com,,2024-01-01 10:00:00",
            $"{id + 1},,{tag}c@ok.com,,2024-01-01 10:00:00",
            $"{id + 2},No email,not-an-email,,2024-01-01 10:00:00",
            $"{id + 3},Bad date,{tag}d@ok.com,,yesterday",
        ]);

        var report = await host.SendAsync(new ImportCustomers(path));

        Assert.Equal(1, report.Inserted);
        Assert.Equal([3, 4, 5, 6], report.Rejected.Select(r => r.Row));
    }

    [Fact]
    public async Task An_unknown_customer_has_no_contact()
    {
        Assert.Null(await host.QueryAsync(new GetCustomerContact(987_654_321)));
    }
}

public sealed class SqliteImportCustomersTests(SqliteHost host) : ImportCustomersTests(host), IClassFixture<SqliteHost>;

public sealed class PostgresImportCustomersTests(PostgresHost host) : ImportCustomersTests(host), IClassFixture<PostgresHost>;
