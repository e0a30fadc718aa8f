using Eci.Shared.Contracts;
using Mediator;

namespace Eci.Modules.Customers.Contracts;

/// <summary>How to reach a customer and where to ship by default; null when the customer does not exist.</summary>
public sealed record GetCustomerContact(int CustomerId) : IQuery<CustomerContact?>;

/// <summary>A customer's contact details, for orders, shipments and notifications.</summary>
public sealed record CustomerContact(int CustomerId, string Email, string FullName, string? Phone, PostalAddress? DefaultAddress);
