using Eci.Shared.Validation;
using FluentValidation;

namespace Eci.Modules.Customers.Features.ListCustomers;

internal sealed class ListCustomersValidator : AbstractValidator<ListCustomers>
{
    public ListCustomersValidator()
    {
        this.ValidPaging(x => x.Paging);
        RuleFor(x => x.Email).MaximumLength(Domain.Customer.EmailMaxLength);
    }
}
