using Eci.Modules.Customers.Domain;

namespace Eci.Modules.Customers.Features;

internal sealed record AddressDto(string? Line1, string? Line2, string? City, string? PostalCode, string? Country, bool? IsDefault)
{
    public static AddressDto From(Address a) => new(a.Line1, a.Line2, a.City, a.PostalCode, a.Country, a.IsDefault);

    public Address ToAddress() => new(Line1!, Line2, City!, PostalCode!, Country!, IsDefault ?? false);
}
