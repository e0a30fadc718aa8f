using Eci.Shared.Contracts;

namespace Eci.Modules.Shipping.Domain;

// Shipping's own owned type for the address: a module's model maps only its own types.
internal sealed record Destination(string Line1, string? Line2, string City, string PostalCode, string Country)
{
    public static Destination From(PostalAddress a) => new(a.Line1, a.Line2, a.City, a.PostalCode, a.Country);

    public PostalAddress ToPostalAddress() => new(Line1, Line2, City, PostalCode, Country);
}
