using Eci.Modules.Inventory.Features.HoldStock;
using FluentValidation;

namespace Eci.Modules.Inventory.Features.ReserveStockByAdmin;

internal sealed class ReserveStockByAdminValidator : AbstractValidator<ReserveStockByAdmin>
{
    private static readonly HoldStockValidator Request = new();

    // The failures keep the contract's names (lines[0].quantity, not request.lines[0].quantity), as when this route
    // held the stock itself.
    public ReserveStockByAdminValidator() =>
        RuleFor(x => x.Request).Custom((request, context) =>
        {
            foreach (var failure in Request.Validate(request).Errors)
            {
                context.AddFailure(failure);
            }
        });
}
