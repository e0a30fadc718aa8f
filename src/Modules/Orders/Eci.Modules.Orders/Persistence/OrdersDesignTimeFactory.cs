using Eci.Shared.Persistence;

namespace Eci.Modules.Orders.Persistence;

internal sealed class OrdersDesignTimeFactory() : ModuleDesignTimeFactory<OrdersDbContext>("Orders", OrdersDbContext.Schema);
