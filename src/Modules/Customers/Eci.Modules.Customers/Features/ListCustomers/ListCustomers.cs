using Eci.Shared.Contracts;
using Mediator;

namespace Eci.Modules.Customers.Features.ListCustomers;

/// <summary>All customers, by id, for admins; <c>email</c> filters by a case-insensitive part of the address.</summary>
internal sealed record ListCustomers(PageRequest Paging, string? Email) : IQuery<Page<CustomerResponse>>;
