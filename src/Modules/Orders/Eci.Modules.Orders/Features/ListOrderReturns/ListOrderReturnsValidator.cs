using Eci.Shared.Validation;
using FluentValidation;

namespace Eci.Modules.Orders.Features.ListOrderReturns;

internal sealed class ListOrderReturnsValidator : AbstractValidator<ListOrderReturns>
{
    public ListOrderReturnsValidator() => this.ValidPaging(x => x.Paging);
}
