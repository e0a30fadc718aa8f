using Eci.Modules.Catalog.Domain;
using Eci.Shared.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Eci.Modules.Catalog.Persistence;

internal sealed class CatalogDbContext(DbContextOptions<CatalogDbContext> options) : ModuleDbContext(options, Schema)
{
    public const string Schema = "catalog";

    public DbSet<Product> Products => Set<Product>();
}
