using Eci.Shared.Validation;
using FluentValidation;

namespace Eci.Modules.Payments.Features.ListPayments;

internal sealed class ListPaymentsValidator : AbstractValidator<ListPayments>
{
    public ListPaymentsValidator()
    {
        this.ValidPaging(x => x.Paging);
        RuleFor(x => x.OrderId).MaximumLength(100);
    }
}
