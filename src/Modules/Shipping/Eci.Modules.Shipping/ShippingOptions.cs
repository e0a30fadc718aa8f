namespace Eci.Modules.Shipping;

internal sealed class ShippingOptions
{
    private static readonly string[] DefaultCarriers = ["DHL", "Bluedart"];

    // The first is used when a request names none.
    public string[]? Carriers { get; set; }

    public IReadOnlyList<string> AllowedCarriers => Carriers is { Length: > 0 } ? Carriers : DefaultCarriers;

    public string UnknownCarrierMessage => $"'carrier' must be one of {string.Join(", ", AllowedCarriers)}.";

    // The configured spelling (matched ignoring case), or null when the carrier is not allowed.
    public string? Find(string? carrier) => carrier is null
        ? AllowedCarriers[0]
        : AllowedCarriers.FirstOrDefault(c => string.Equals(c, carrier.Trim(), StringComparison.OrdinalIgnoreCase));
}
