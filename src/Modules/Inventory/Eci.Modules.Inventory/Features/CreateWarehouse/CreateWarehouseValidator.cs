using Eci.Modules.Inventory.Domain;
using FluentValidation;

namespace Eci.Modules.Inventory.Features.CreateWarehouse;

internal sealed class CreateWarehouseValidator : AbstractValidator<CreateWarehouse>
{
    public CreateWarehouseValidator()
    {
        RuleFor(x => x.Code).NotEmpty().MaximumLength(Warehouse.CodeMaxLength).Matches("^[A-Za-z0-9_-]+$");
        RuleFor(x => x.Name).NotEmpty().MaximumLength(Warehouse.NameMaxLength);
        RuleFor(x => x.Priority).InclusiveBetween(0, 10_000);
    }
}
