using Eci.Modules.Customers.Persistence;
using Eci.Shared.Auth;
using Eci.Shared.Errors;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Eci.Modules.Customers.Features.GetCustomer;

/// <summary>A customer's record, for that customer or an admin; anyone else is told it does not exist.</summary>
internal sealed record GetCustomer(int Id, Caller Caller) : IQuery<CustomerResponse>;

internal sealed class GetCustomerHandler(CustomersDbContext db) : IQueryHandler<GetCustomer, CustomerResponse>
{
    public async ValueTask<CustomerResponse> Handle(GetCustomer query, CancellationToken cancellationToken)
    {
        var customer = query.Caller.MayActFor(query.Id)
            ? await db.Customers.AsNoTracking().FirstOrDefaultAsync(c => c.Id == query.Id, cancellationToken)
            : null;
        return customer is null ? throw new NotFoundException("User", query.Id) : CustomerResponse.From(customer);
    }
}
