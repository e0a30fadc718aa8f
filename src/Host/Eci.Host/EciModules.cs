using Eci.Modules.Catalog;
using Eci.Modules.Customers;
using Eci.Modules.Inventory;
using Eci.Modules.Notifications;
using Eci.Modules.Orders;
using Eci.Modules.Payments;
using Eci.Modules.Shipping;
using Eci.Shared.Modules;

namespace Eci.Host;

/// <summary>The one list of modules the host loads. Adding a module is one line here and one in <see cref="MediatorSetup"/>.</summary>
public static class EciModules
{
    public static IReadOnlyList<IModule> All { get; } =
    [
        new CatalogModule(),
        new CustomersModule(),
        new InventoryModule(),
        new PaymentsModule(),
        new OrdersModule(),
        new ShippingModule(),
        new NotificationsModule(),
    ];
}
