using Eci.Modules.Customers.Contracts;
using Eci.Modules.Customers.Domain;
using Eci.Modules.Customers.Persistence;
using Eci.Shared.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Eci.Modules.Customers.Features.GetCustomerContact;

internal sealed class GetCustomerContactHandler(CustomersDbContext db) : IQueryHandler<Contracts.GetCustomerContact, CustomerContact?>
{
    // Compiled: the notifications read the customer of every placed order.
    private static readonly CompiledPerModel<Func<CustomersDbContext, int, CancellationToken, Task<Customer?>>> ById = new(() =>
        EF.CompileAsyncQuery((CustomersDbContext db, int id, CancellationToken _) => db.Customers.AsNoTracking().FirstOrDefault(c => c.Id == id)));

    public async ValueTask<CustomerContact?> Handle(Contracts.GetCustomerContact query, CancellationToken cancellationToken)
    {
        var customer = await ById.For(db)(db, query.CustomerId, cancellationToken);
        if (customer is null)
        {
            return null;
        }

        return new CustomerContact(customer.Id, customer.Email, customer.FullName, customer.Phone, customer.DefaultAddress?.ToPostalAddress());
    }
}
