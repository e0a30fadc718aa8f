using Eci.Shared.Persistence;

namespace Eci.Modules.Catalog.Persistence;

internal sealed class CatalogDesignTimeFactory() : ModuleDesignTimeFactory<CatalogDbContext>("Catalog", CatalogDbContext.Schema);
