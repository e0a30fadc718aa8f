using Eci.Modules.Orders.Contracts;
using Eci.Shared.Validation;
using FluentValidation;

namespace Eci.Modules.Orders.Features.ListReturns;

internal sealed class ListReturnsValidator : AbstractValidator<ListReturns>
{
    public ListReturnsValidator()
    {
        this.ValidPaging(x => x.Paging);
        RuleFor(x => x.Status).Must(s => s is null || ReturnStatuses.All.Contains(s))
            .WithMessage($"'status' must be one of {string.Join(", ", ReturnStatuses.All)}.");
    }
}
