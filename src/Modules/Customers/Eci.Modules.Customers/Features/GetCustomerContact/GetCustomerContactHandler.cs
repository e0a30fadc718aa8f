using Eci.Modules.Customers.Contracts;
using Eci.Modules.Customers.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Eci.Modules.Customers.Features.GetCustomerContact;

internal sealed class GetCustomerContactHandler(CustomersDbContext db) : IQueryHandler<Contracts.GetCustomerContact, CustomerContact?>
{
    public async ValueTask<CustomerContact?> Handle(Contracts.GetCustomerContact query, CancellationToken cancellationToken)
    {
        var customer = await db.Customers.AsNoTracking().FirstOrDefaultAsync(c => c.Id == query.CustomerId, cancellationToken);
        if (customer is null)
        {
            return null;
        }

        return new CustomerContact(customer.Id, customer.Email, customer.FullName, customer.Phone, customer.DefaultAddress?.ToPostalAddress());
    }
}
