using Eci.Modules.Catalog;
using Eci.Modules.Catalog.Contracts;
using Eci.Modules.Customers;
using Eci.Modules.Customers.Contracts;
using Eci.Modules.Inventory;
using Eci.Modules.Inventory.Contracts;
using Eci.Modules.Notifications;
using Eci.Modules.Notifications.Contracts;
using Eci.Modules.Orders;
using Eci.Modules.Orders.Contracts;
using Eci.Modules.Payments;
using Eci.Modules.Payments.Contracts;
using Eci.Modules.Shipping;
using Eci.Modules.Shipping.Contracts;
using Eci.Shared.Observability;
using Eci.Shared.Validation;
using Mediator;

namespace Eci.Host;

internal static class MediatorSetup
{
    /// <summary>
    /// The source generator reads this call at compile time, so the assemblies and behaviours are listed literally:
    /// each module contributes its implementation and its contracts.
    /// </summary>
    public static IServiceCollection AddEciMediator(this IServiceCollection services) =>
        services.AddMediator((MediatorOptions options) =>
        {
            options.ServiceLifetime = ServiceLifetime.Scoped;
            options.GenerateTypesAsInternal = true;
            options.Assemblies =
            [
                typeof(CatalogModule), typeof(GetProductsByIds),
                typeof(CustomersModule), typeof(GetCustomerContact),
                typeof(InventoryModule), typeof(ReserveStock),
                typeof(PaymentsModule), typeof(ChargeOrder),
                typeof(OrdersModule), typeof(OrderPlaced),
                typeof(ShippingModule), typeof(CreateShipment),
                typeof(NotificationsModule), typeof(GetOrderNotifications),
            ];
            options.PipelineBehaviors =
            [
                typeof(TracingBehavior<,>),
                typeof(ValidationBehavior<,>),
            ];
        });
}
