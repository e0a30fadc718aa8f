using Eci.Modules.Inventory.Domain;
using FluentValidation;

namespace Eci.Modules.Inventory.Features.UpdateWarehouse;

internal sealed class UpdateWarehouseValidator : AbstractValidator<UpdateWarehouse>
{
    public UpdateWarehouseValidator()
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(Warehouse.NameMaxLength).When(x => x.Name is not null);
        RuleFor(x => x.Priority).InclusiveBetween(0, 10_000);
    }
}
