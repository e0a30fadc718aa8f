using System.Text.Json.Serialization;
using Eci.Shared.Auth;
using Eci.Shared.Preconditions;
using Mediator;

namespace Eci.Modules.Customers.Features.UpdateCustomer;

// Changes a customer's record; omitted fields keep their value, an empty phone removes it, addresses replaces the whole
// list. A new email or password needs the account's current password, whoever asks.
internal sealed record UpdateCustomer(
    string? FullName,
    string? Phone,
    IReadOnlyList<AddressDto>? Addresses,
    string? Email,
    string? NewPassword,
    string? CurrentPassword) : ICommand<CustomerResponse>
{
    [JsonIgnore]
    public int Id { get; init; }

    [JsonIgnore]
    public Caller Caller { get; init; } = Caller.Anonymous;

    [JsonIgnore]
    public IfMatch? IfMatch { get; init; }
}
