namespace Eci.Modules.Shipping;

/// <summary>Settings under <c>Modules:Shipping</c>.</summary>
internal sealed class ShippingOptions
{
    private static readonly string[] DefaultCarriers = ["DHL", "Bluedart"];

    /// <summary>The carriers shipments may go with; the first is used when a request names none.</summary>
    public string[]? Carriers { get; set; }

    public IReadOnlyList<string> AllowedCarriers => Carriers is { Length: > 0 } ? Carriers : DefaultCarriers;

    /// <summary>The configured spelling of <paramref name="carrier"/> (matched ignoring case), or null when it is not allowed.</summary>
    public string? Find(string? carrier) => carrier is null
        ? AllowedCarriers[0]
        : AllowedCarriers.FirstOrDefault(c => string.Equals(c, carrier.Trim(), StringComparison.OrdinalIgnoreCase));
}
