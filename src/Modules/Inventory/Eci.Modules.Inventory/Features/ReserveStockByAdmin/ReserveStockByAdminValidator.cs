using FluentValidation;

namespace Eci.Modules.Inventory.Features.ReserveStockByAdmin;

internal sealed class ReserveStockByAdminValidator : AbstractValidator<ReserveStockByAdmin>
{
    public ReserveStockByAdminValidator() => RuleFor(x => x.Request).SetValidator(new ReserveStock.ReserveStockValidator());
}
