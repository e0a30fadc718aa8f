using Eci.Shared.Contracts;

namespace Eci.Modules.Shipping.Domain;

// Shipping's own owned type for the address: a module's model maps only its own types. Its name sorts after Shipment's
// on purpose: EF's compiled-model generator writes a shared table's indexes while mapping the first entity type on it
// by name, and indexes written before the owner's columns are mapped fail when the model loads.
internal sealed record ShipmentAddress(string Line1, string? Line2, string City, string PostalCode, string Country)
{
    public static ShipmentAddress From(PostalAddress a) => new(a.Line1, a.Line2, a.City, a.PostalCode, a.Country);

    public PostalAddress ToPostalAddress() => new(Line1, Line2, City, PostalCode, Country);
}
