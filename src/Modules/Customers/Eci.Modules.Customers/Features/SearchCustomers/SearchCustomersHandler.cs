using Eci.Modules.Customers.Contracts;
using Eci.Modules.Customers.Persistence;
using Eci.Shared.Contracts;
using Eci.Shared.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Eci.Modules.Customers.Features.SearchCustomers;

internal sealed class SearchCustomersHandler(CustomersDbContext db) : IQueryHandler<Contracts.SearchCustomers, Page<CustomerContact>>
{
    public async ValueTask<Page<CustomerContact>> Handle(Contracts.SearchCustomers query, CancellationToken cancellationToken)
    {
        var part = query.Email?.Trim().ToLowerInvariant();
        return await db.Customers.AsNoTracking()
            .WhereIf(!string.IsNullOrEmpty(part), c => c.EmailKey.Contains(part!))
            .ToPageAsync(q => q.OrderBy(c => c.Id), query.Paging,
                c => new CustomerContact(c.Id, c.Email, c.FullName, c.Phone, c.DefaultAddress?.ToPostalAddress()), cancellationToken);
    }
}
