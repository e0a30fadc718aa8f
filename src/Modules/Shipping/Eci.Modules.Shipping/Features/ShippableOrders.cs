using Eci.Modules.Shipping.Contracts;
using Eci.Shared.Errors;

namespace Eci.Modules.Shipping.Features;

internal static class ShippableOrders
{
    // The order decides, by its own rules, whether its goods may go now.
    public static void Ensure(ShippableOrder order)
    {
        if (!order.MayShip)
        {
            throw new ConflictException(
                "order_not_shippable", $"Order {order.OrderId} is {order.Status} with payment {order.PaymentStatus}; only a paid order can be shipped.");
        }
    }
}
