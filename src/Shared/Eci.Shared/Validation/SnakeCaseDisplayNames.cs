using System.Collections.Concurrent;
using System.Reflection;
using Eci.Shared.Persistence;

namespace Eci.Shared.Validation;

/// <summary>
/// The API's name for a validated property (MinPrice → min_price), converted once per property: FluentValidation asks
/// for it on every rule of every validation, valid or not.
/// </summary>
public static class SnakeCaseDisplayNames
{
    private static readonly ConcurrentDictionary<MemberInfo, string> Names = new();

    public static string? Of(MemberInfo? member) =>
        member is null ? null : Names.GetOrAdd(member, m => SnakeCaseNames.ToSnakeCase(m.Name));
}
