using Eci.Modules.Customers.Persistence;
using Eci.Shared.Contracts;
using Eci.Shared.Persistence;
using Eci.Shared.Validation;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Eci.Modules.Customers.Features.ListCustomers;

/// <summary>All customers, by id, for admins; <c>email</c> filters by a case-insensitive part of the address.</summary>
internal sealed record ListCustomers(PageRequest Paging, string? Email) : IQuery<Page<CustomerResponse>>;

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

internal sealed class ListCustomersValidator : AbstractValidator<ListCustomers>
{
    public ListCustomersValidator()
    {
        this.ValidPaging(x => x.Paging);
        RuleFor(x => x.Email).MaximumLength(Domain.Customer.EmailMaxLength);
    }
}
