using System.Text.Json.Serialization;
using Eci.Modules.Customers.Domain;
using Eci.Shared.Preconditions;

namespace Eci.Modules.Customers.Features;

/// <summary>A customer as the API shows it: never the password, its hash or a token.</summary>
internal sealed record CustomerResponse(
    int Id,
    string Email,
    string FullName,
    string? Phone,
    string Role,
    bool HasPassword,
    IReadOnlyList<AddressDto> Addresses,
    DateTime CreatedAt,
    DateTime UpdatedAt) : IVersionedResource
{
    [JsonIgnore]
    public int Version { get; init; }

    public static CustomerResponse From(Customer c) => new(
        c.Id, c.Email, c.FullName, c.Phone, c.Role, c.PasswordHash is not null,
        c.Addresses.Select(AddressDto.From).ToList(), c.CreatedAt, c.UpdatedAt)
    {
        Version = c.Version,
    };
}
