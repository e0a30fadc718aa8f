using Eci.Shared.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Eci.Modules.Catalog.Persistence;

/// <summary>Lets <c>dotnet ef migrations add</c> build the PostgreSQL model without starting the host.</summary>
internal sealed class CatalogDesignTimeFactory : IDesignTimeDbContextFactory<CatalogDbContext>
{
    public CatalogDbContext CreateDbContext(string[] args)
    {
        var settings = new ModuleDatabaseSettings("Catalog", DatabaseProvider.Postgres, "Host=localhost;Database=eci_catalog");
        var options = ModulePersistenceExtensions.Configure(new DbContextOptionsBuilder<CatalogDbContext>(), settings, CatalogDbContext.Schema);
        return new CatalogDbContext((DbContextOptions<CatalogDbContext>)options.Options);
    }
}
