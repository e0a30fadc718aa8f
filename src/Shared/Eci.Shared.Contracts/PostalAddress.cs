namespace Eci.Shared.Contracts;

/// <summary>A postal address, the one shape every module uses; <see cref="Country"/> is an ISO 3166-1 alpha-2 code.</summary>
public sealed record PostalAddress(string Line1, string? Line2, string City, string PostalCode, string Country);
