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

        var address = customer.DefaultAddress;
        return new CustomerContact(customer.Id, customer.Email, customer.FullName, customer.Phone,
            address is null ? null : new ContactAddress(address.Line1, address.Line2, address.City, address.PostalCode, address.Country));
    }
}
