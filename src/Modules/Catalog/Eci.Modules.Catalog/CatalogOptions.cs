namespace Eci.Modules.Catalog;

/// <summary>Settings under <c>Modules:Catalog</c>.</summary>
internal sealed class CatalogOptions
{
    // The currency of a product created or imported without one.
    public string DefaultCurrency { get; set; } = "INR";
}
