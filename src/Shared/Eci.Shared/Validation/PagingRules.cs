using Eci.Shared.Contracts;
using FluentValidation;

namespace Eci.Shared.Validation;

public static class PagingRules
{
    /// <summary>The highest page a client may ask for: any higher page of the largest size would overflow the offset.</summary>
    public const int MaxPage = int.MaxValue / PageRequest.MaxPageSize;

    /// <summary>1 ≤ page ≤ <see cref="MaxPage"/> and 1 ≤ page_size ≤ 100, reported under the query parameter names.</summary>
    public static void ValidPaging<T>(this AbstractValidator<T> validator, Func<T, PageRequest> paging)
    {
        validator.RuleFor(x => paging(x).Page).InclusiveBetween(1, MaxPage).OverridePropertyName("page");
        validator.RuleFor(x => paging(x).PageSize).InclusiveBetween(1, PageRequest.MaxPageSize).OverridePropertyName("page_size");
    }
}
