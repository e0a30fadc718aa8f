using Eci.Modules.Inventory.Domain;
using Eci.Shared.Validation;
using FluentValidation;

namespace Eci.Modules.Inventory.Features.ListTransfers;

internal sealed class ListTransfersValidator : AbstractValidator<ListTransfers>
{
    public ListTransfersValidator()
    {
        this.ValidPaging(x => x.Paging);
        RuleFor(x => x.Status).Must(s => s is null || TransferStatuses.All.Contains(s))
            .WithMessage($"'status' must be one of {string.Join(", ", TransferStatuses.All)}.");
        RuleFor(x => x.ProductId).GreaterThan(0).OverridePropertyName("product_id");
    }
}
