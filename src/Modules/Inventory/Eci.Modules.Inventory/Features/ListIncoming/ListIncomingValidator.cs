using Eci.Modules.Inventory.Domain;
using Eci.Shared.Validation;
using FluentValidation;

namespace Eci.Modules.Inventory.Features.ListIncoming;

internal sealed class ListIncomingValidator : AbstractValidator<ListIncoming>
{
    public ListIncomingValidator()
    {
        this.ValidPaging(x => x.Paging);
        RuleFor(x => x.Status).Must(s => s is null || IncomingStatuses.All.Contains(s))
            .WithMessage($"'status' must be one of {string.Join(", ", IncomingStatuses.All)}.");
        RuleFor(x => x.ProductId).GreaterThan(0).OverridePropertyName("product_id");
    }
}
