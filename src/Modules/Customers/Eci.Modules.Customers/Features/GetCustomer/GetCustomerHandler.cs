using Eci.Modules.Customers.Persistence;
using Eci.Shared.Auth;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Eci.Modules.Customers.Features.GetCustomer;

internal sealed class GetCustomerHandler(CustomersDbContext db) : IQueryHandler<GetCustomer, CustomerResponse>
{
    public async ValueTask<CustomerResponse> Handle(GetCustomer query, CancellationToken cancellationToken)
    {
        var customer = await db.Customers.AsNoTracking()
            .FindVisibleAsync(c => c.Id == query.Id, query.Caller, c => c.Id, "User", query.Id, cancellationToken);
        return CustomerResponse.From(customer);
    }
}
