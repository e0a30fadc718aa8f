using Eci.Shared.Persistence;
using Microsoft.EntityFrameworkCore.Design;

namespace Eci.Modules.Catalog.Persistence;

/// <summary>Lets <c>dotnet ef migrations add</c> build the PostgreSQL model without starting the host.</summary>
internal sealed class CatalogDesignTimeFactory : IDesignTimeDbContextFactory<CatalogDbContext>
{
    public CatalogDbContext CreateDbContext(string[] args) =>
        DesignTimeContexts.Create<CatalogDbContext>("Catalog", CatalogDbContext.Schema, options => new CatalogDbContext(options));
}
