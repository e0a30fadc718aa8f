using Eci.Shared.Persistence;

namespace Eci.Modules.Inventory.Persistence;

internal sealed class InventoryDesignTimeFactory() : ModuleDesignTimeFactory<InventoryDbContext>("Inventory", InventoryDbContext.Schema);
