using System.Text.Json.Serialization;

namespace Eci.Shared.Contracts;

/// <summary>A 1-based page of at most <see cref="MaxPageSize"/> items.</summary>
public sealed record PageRequest(int Page = 1, int PageSize = PageRequest.DefaultPageSize)
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    /// <summary>The page a client asked for, with the defaults for what it left out.</summary>
    public static PageRequest From(int? page, int? pageSize) => new(page ?? 1, pageSize ?? DefaultPageSize);

    /// <summary>How many items come before this page.</summary>
    public int Skip => (Page - 1) * PageSize;
}

/// <summary>One page of a larger result, with the size of the whole result; <see cref="Number"/> is shown as "page".</summary>
public sealed record Page<T>(
    IReadOnlyList<T> Items,
    [property: JsonPropertyName("page")] int Number,
    int PageSize,
    long Total)
{
    /// <summary>Maps the items, keeping the paging figures.</summary>
    public Page<TOut> Map<TOut>(Func<T, TOut> map) => new(Items.Select(map).ToList(), Number, PageSize, Total);
}
