using Eci.Shared.Validation;
using FluentValidation;

namespace Eci.Modules.Catalog.Features.SearchProducts;

internal sealed class SearchProductsValidator : AbstractValidator<Contracts.SearchProducts>
{
    public SearchProductsValidator()
    {
        this.ValidPaging(x => x.Paging);
        RuleFor(x => x.Text).MaximumLength(200);
    }
}
