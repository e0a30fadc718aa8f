using Eci.Shared.Contracts;

namespace Eci.Modules.Customers.Domain;

/// <summary>A shipping address of a customer; owned by the customer and replaced as a whole list.</summary>
internal sealed class Address
{
    public const int LineMaxLength = 200;
    public const int CityMaxLength = 100;
    public const int PostalCodeMaxLength = 20;

    private Address()
    {
    }

    public Address(string line1, string? line2, string city, string postalCode, string country, bool isDefault)
    {
        Line1 = line1.Trim();
        Line2 = string.IsNullOrWhiteSpace(line2) ? null : line2.Trim();
        City = city.Trim();
        PostalCode = postalCode.Trim();
        Country = country.Trim().ToUpperInvariant();
        IsDefault = isDefault;
    }

    public int Id { get; private set; }

    public string Line1 { get; private set; } = string.Empty;

    public string? Line2 { get; private set; }

    public string City { get; private set; } = string.Empty;

    public string PostalCode { get; private set; } = string.Empty;

    // ISO 3166-1 alpha-2 code, upper case.
    public string Country { get; private set; } = string.Empty;

    public bool IsDefault { get; private set; }

    public PostalAddress ToPostalAddress() => new(Line1, Line2, City, PostalCode, Country);
}
