using Eci.Modules.Catalog.Domain;
using Eci.Shared.Contracts;
using Xunit;

namespace Eci.Modules.Catalog.Tests;

public sealed class ProductShould
{
    private static readonly DateTime Monday = new(2026, 11, 23, 9, 0, 0, DateTimeKind.Utc);

    private static ProductDetails Details(string sku = "SKU-1", string name = "Kettle", decimal price = 25m, bool active = true) =>
        new(sku, name, "Boils water", "Kitchen", Money.FromDecimal(price, "INR"), active);

    [Fact]
    public void Trim_its_fields_and_key_its_sku_without_letter_case()
    {
        var product = Product.Create(Details(sku: "  ab-12 ", name: " Kettle  "), Monday);

        Assert.Equal("ab-12", product.Sku);
        Assert.Equal("AB-12", product.SkuKey);
        Assert.Equal("Kettle", product.Name);
        Assert.Equal("KETTLE", product.SearchName);
        Assert.Equal(Monday, product.CreatedAt);
    }

    [Fact]
    public void Key_its_category_without_letter_case_beyond_ascii()
    {
        var product = Product.Create(Details() with { Category = " Ünïcode Gear " }, Monday);

        Assert.Equal("Ünïcode Gear", product.Category);
        Assert.Equal("ÜNÏCODE GEAR", product.CategoryKey);
    }

    [Fact]
    public void Change_nothing_when_updated_with_the_same_details()
    {
        var product = Product.Create(Details(), Monday);
        var version = product.Version;

        Assert.False(product.Update(Details(), Monday.AddHours(1)));
        Assert.Equal(version, product.Version);
        Assert.Equal(Monday, product.UpdatedAt);
    }

    [Fact]
    public void Record_when_and_how_often_it_changed()
    {
        var product = Product.Create(Details(), Monday);
        var version = product.Version;

        Assert.True(product.Update(Details(price: 30m), Monday.AddHours(1)));

        Assert.Equal(3000, product.PriceMinor);
        Assert.Equal(version + 1, product.Version);
        Assert.Equal(Monday.AddHours(1), product.UpdatedAt);
        Assert.Equal(Monday, product.CreatedAt);
    }

    [Fact]
    public void Deactivate_once()
    {
        var product = Product.Create(Details(), Monday);

        Assert.True(product.Deactivate(Monday.AddDays(1)));
        Assert.False(product.Deactivate(Monday.AddDays(2)));
        Assert.False(product.IsActive);
        Assert.Equal(Monday.AddDays(1), product.UpdatedAt);
    }

    [Fact]
    public void Refuse_a_negative_price_or_an_empty_name()
    {
        Assert.ThrowsAny<ArgumentException>(() => Product.Create(Details(price: -1m), Monday));
        Assert.ThrowsAny<ArgumentException>(() => Product.Create(Details(name: " "), Monday));
    }
}
