using Eci.Shared.Validation;
using FluentValidation;

namespace Eci.Modules.Shipping.Features.ListShipments;

internal sealed class ListShipmentsValidator : AbstractValidator<ListShipments>
{
    public ListShipmentsValidator()
    {
        this.ValidPaging(x => x.Paging);
        RuleFor(x => x.OrderId).MaximumLength(100);
    }
}
