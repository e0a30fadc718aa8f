using System.Globalization;
using Eci.Shared.Contracts;
using Microsoft.AspNetCore.Http;

namespace Eci.Admin;

/// <summary>Links to the pages before and after one page of a list, keeping the list's filters.</summary>
public sealed record PageLinks(string? Previous, string? Next, string Summary)
{
    public static PageLinks For<T>(Page<T> page, string path, IReadOnlyDictionary<string, string?> filters)
    {
        string Link(int number) => path + QueryString.Create(
            filters.Where(f => !string.IsNullOrEmpty(f.Value)).Append(new("page", number.ToString(CultureInfo.InvariantCulture)))).ToUriComponent();
        var pages = Math.Max(1, (page.Total + page.PageSize - 1) / page.PageSize);
        return new PageLinks(
            page.Number > 1 ? Link(page.Number - 1) : null,
            (long)page.Number * page.PageSize < page.Total ? Link(page.Number + 1) : null,
            $"{page.Total} in all · page {page.Number} of {pages}");
    }
}
