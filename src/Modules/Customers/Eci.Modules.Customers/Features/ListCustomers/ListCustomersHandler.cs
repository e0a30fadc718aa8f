using Eci.Modules.Customers.Persistence;
using Eci.Shared.Contracts;
using Eci.Shared.Persistence;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Eci.Modules.Customers.Features.ListCustomers;

internal sealed class ListCustomersHandler(CustomersDbContext db) : IQueryHandler<ListCustomers, Page<CustomerResponse>>
{
    public async ValueTask<Page<CustomerResponse>> Handle(ListCustomers query, CancellationToken cancellationToken)
    {
        var customers = db.Customers.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Email))
        {
            var part = query.Email.Trim().ToLowerInvariant();
            customers = customers.Where(c => c.EmailKey.Contains(part));
        }

        return await customers.ToPageAsync(q => q.OrderBy(c => c.Id), query.Paging, CustomerResponse.From, cancellationToken);
    }
}
