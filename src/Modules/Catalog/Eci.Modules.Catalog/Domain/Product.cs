using Eci.Shared.Contracts;

namespace Eci.Modules.Catalog.Domain;

/// <summary>A sellable product. Never deleted: deactivation keeps it for past orders.</summary>
internal sealed class Product
{
    public const int SkuMaxLength = 64;
    public const int NameMaxLength = 200;
    public const int DescriptionMaxLength = 2000;
    public const int CategoryMaxLength = 100;

    private Product()
    {
    }

    public int Id { get; private set; }

    public string Sku { get; private set; } = string.Empty;

    // The SKU in upper case; unique, so SKUs are unique regardless of letter case.
    public string SkuKey { get; private set; } = string.Empty;

    public string Name { get; private set; } = string.Empty;

    // The name in upper case, for case-insensitive search that behaves the same on every provider.
    public string SearchName { get; private set; } = string.Empty;

    public string? Description { get; private set; }

    public string Category { get; private set; } = string.Empty;

    // The category in upper case, for a case-insensitive filter that behaves the same on every provider.
    public string CategoryKey { get; private set; } = string.Empty;

    public long PriceMinor { get; private set; }

    public string Currency { get; private set; } = string.Empty;

    public bool IsActive { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    // Optimistic concurrency token: bumped on every change.
    public int Version { get; private set; }

    public Money Price => new(PriceMinor, Currency);

    public static string KeyOf(string sku) => sku.Trim().ToUpperInvariant();

    // A new product; an explicit id is for imported products that keep their seed id, otherwise the database assigns
    // one.
    public static Product Create(ProductDetails details, DateTime now, int id = 0)
    {
        var product = new Product { Id = id, CreatedAt = now };
        product.Apply(details, now);
        return product;
    }

    // Replaces the caller-set fields; returns false (and changes nothing) when they are all the same.
    public bool Update(ProductDetails details, DateTime now)
    {
        if (Matches(details))
        {
            return false;
        }

        Apply(details, now);
        return true;
    }

    // Takes the product off sale; deactivating an inactive product changes nothing.
    public bool Deactivate(DateTime now)
    {
        if (!IsActive)
        {
            return false;
        }

        IsActive = false;
        Touch(now);
        return true;
    }

    public bool Matches(ProductDetails details) =>
        Sku == details.Sku.Trim() && Name == details.Name.Trim() && Description == Normalize(details.Description)
        && Category == details.Category.Trim() && Price == details.Price && IsActive == details.IsActive;

    private void Apply(ProductDetails details, DateTime now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(details.Sku);
        ArgumentException.ThrowIfNullOrWhiteSpace(details.Name);
        ArgumentException.ThrowIfNullOrWhiteSpace(details.Category);
        ArgumentOutOfRangeException.ThrowIfNegative(details.Price.Minor);
        if (!Currencies.IsKnown(details.Price.Currency))
        {
            throw new ArgumentException($"Unknown currency '{details.Price.Currency}'.", nameof(details));
        }

        Sku = details.Sku.Trim();
        SkuKey = KeyOf(details.Sku);
        Name = details.Name.Trim();
        SearchName = Name.ToUpperInvariant();
        Description = Normalize(details.Description);
        Category = details.Category.Trim();
        CategoryKey = Category.ToUpperInvariant();
        PriceMinor = details.Price.Minor;
        Currency = details.Price.Currency.ToUpperInvariant();
        IsActive = details.IsActive;
        Touch(now);
    }

    private void Touch(DateTime now)
    {
        UpdatedAt = now;
        Version++;
    }

    private static string? Normalize(string? description) =>
        string.IsNullOrWhiteSpace(description) ? null : description.Trim();
}
