namespace Eci.Modules.Shipping.Features;

internal static class Carriers
{
    public static string Message(ShippingOptions options) => $"'carrier' must be one of {string.Join(", ", options.AllowedCarriers)}.";
}
