using Eci.Shared.Auth;
using Mediator;

namespace Eci.Modules.Customers.Features.GetCustomer;

/// <summary>A customer's record, for that customer or an admin; anyone else is told it does not exist.</summary>
internal sealed record GetCustomer(int Id, Caller Caller) : IQuery<CustomerResponse>;
