using Eci.Modules.Customers.Persistence;
using Eci.Shared.Persistence;
using Eci.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Xunit;

namespace Eci.Modules.Customers.Tests;

/// <summary>Accounts stored before security stamps existed each get a stamp of their own when the migration runs.</summary>
public sealed class SecurityStampMigrationShould
{
    [Fact]
    public async Task Give_every_existing_account_its_own_stamp()
    {
        if (TestDatabase.PostgresServer is not { } server)
        {
            Assert.Skip(TestDatabase.SkipReason);
            return;
        }

        await using var database = new PostgresTestDatabase(server);
        var options = new DbContextOptionsBuilder<CustomersDbContext>();
        ModulePersistenceExtensions.Configure(options, new("Customers", DatabaseProvider.Postgres, database.ConnectionString("Customers")), CustomersDbContext.Schema);
        await using var db = new CustomersDbContext(options.Options);
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync("20261123184710_InitialCustomers", TestContext.Current.CancellationToken);
        await db.Database.ExecuteSqlRawAsync(
            """
            INSERT INTO customers.customers (id, email, email_key, full_name, role, failed_logins, created_at, updated_at, version)
            VALUES (7, 'a@old.test', 'a@old.test', 'Old A', 'customer', 0, now(), now(), 1),
                   (8, 'b@old.test', 'b@old.test', 'Old B', 'admin', 0, now(), now(), 1)
            """, TestContext.Current.CancellationToken);

        await migrator.MigrateAsync(cancellationToken: TestContext.Current.CancellationToken);

        var stamps = await db.Customers.Where(c => c.Id == 7 || c.Id == 8).Select(c => c.SecurityStamp).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal(2, stamps.Count);
        Assert.All(stamps, s => Assert.Matches("^[0-9a-f]{32}$", s));
        Assert.NotEqual(stamps[0], stamps[1]);
    }
}
