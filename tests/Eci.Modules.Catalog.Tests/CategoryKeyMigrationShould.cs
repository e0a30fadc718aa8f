using Eci.Modules.Catalog.Persistence;
using Eci.Shared.Persistence;
using Eci.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Xunit;

namespace Eci.Modules.Catalog.Tests;

/// <summary>Products stored before the category key existed get one when the migration runs.</summary>
public sealed class CategoryKeyMigrationShould
{
    [Fact]
    public async Task Fill_the_key_of_products_already_stored()
    {
        if (TestDatabase.PostgresServer is not { } server)
        {
            Assert.Skip(TestDatabase.SkipReason);
            return;
        }

        await using var database = new PostgresTestDatabase(server);
        var options = new DbContextOptionsBuilder<CatalogDbContext>();
        ModulePersistenceExtensions.Configure(options, new("Catalog", DatabaseProvider.Postgres, database.ConnectionString("Catalog")), CatalogDbContext.Schema);
        await using var db = new CatalogDbContext(options.Options);
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync("20261123184704_InitialCatalog", TestContext.Current.CancellationToken);
        await db.Database.ExecuteSqlRawAsync(
            """
            INSERT INTO catalog.products (id, sku, sku_key, name, search_name, category, price_minor, currency, is_active, created_at, updated_at, version)
            VALUES (7, 'OLD-1', 'OLD-1', 'Old', 'OLD', 'Outdoor Gear', 100, 'INR', true, now(), now(), 1)
            """, TestContext.Current.CancellationToken);

        await migrator.MigrateAsync(cancellationToken: TestContext.Current.CancellationToken);

        var key = await db.Products.Where(p => p.Id == 7).Select(p => p.CategoryKey).SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal("OUTDOOR GEAR", key);
    }
}
