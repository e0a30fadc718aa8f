using Eci.Shared.Persistence;

namespace Eci.Modules.Customers.Persistence;

internal sealed class CustomersDesignTimeFactory() : ModuleDesignTimeFactory<CustomersDbContext>("Customers", CustomersDbContext.Schema);
