using Eci.Shared.Contracts;
using FluentValidation;

namespace Eci.Shared.Validation;

public static class PagingRules
{
    /// <summary>page ≥ 1 and 1 ≤ page_size ≤ 100, reported under the query parameter names.</summary>
    public static void ValidPaging<T>(this AbstractValidator<T> validator, Func<T, PageRequest> paging)
    {
        validator.RuleFor(x => paging(x).Page).GreaterThanOrEqualTo(1).OverridePropertyName("page");
        validator.RuleFor(x => paging(x).PageSize).InclusiveBetween(1, PageRequest.MaxPageSize).OverridePropertyName("page_size");
    }
}
