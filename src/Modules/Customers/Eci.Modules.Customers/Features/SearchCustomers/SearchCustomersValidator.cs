using Eci.Modules.Customers.Domain;
using Eci.Shared.Validation;
using FluentValidation;

namespace Eci.Modules.Customers.Features.SearchCustomers;

internal sealed class SearchCustomersValidator : AbstractValidator<Contracts.SearchCustomers>
{
    public SearchCustomersValidator()
    {
        this.ValidPaging(x => x.Paging);
        RuleFor(x => x.Email).MaximumLength(Customer.EmailMaxLength);
    }
}
