using Eci.Modules.Orders.Domain;
using Eci.Shared.Validation;
using FluentValidation;

namespace Eci.Modules.Orders.Features.SearchOrders;

internal sealed class SearchOrdersValidator : AbstractValidator<Contracts.SearchOrders>
{
    public SearchOrdersValidator()
    {
        this.ValidPaging(x => x.Paging);
        RuleFor(x => x.Status).Must(s => s is null || OrderStatus.All.Contains(s))
            .WithMessage($"'status' must be one of {string.Join(", ", OrderStatus.All)}.");
    }
}
