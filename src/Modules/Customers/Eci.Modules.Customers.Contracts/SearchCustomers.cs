using Eci.Shared.Contracts;
using Mediator;

namespace Eci.Modules.Customers.Contracts;

/// <summary>Customers by id, for an operator; <see cref="Email"/> matches a part of the address in any letter case.</summary>
public sealed record SearchCustomers(PageRequest Paging, string? Email = null) : IQuery<Page<CustomerContact>>;
