using System.Reflection;
using Eci.Shared.Contracts;

namespace Eci.ArchitectureTests;

/// <summary>The shared vocabulary of the contracts: one type for an order's id, one for a postal address, one verb for a query.</summary>
internal static class VocabularyRules
{
    private static readonly string[] AddressParts = ["Line1", "City", "PostalCode", "Country"];

    private static readonly string[] QueryPrefixesNotUsed = ["Show", "View", "Fetch", "Read"];

    public static IReadOnlyList<string> OrderIdsNotGuids(Assembly contracts) =>
        contracts.GetExportedTypes()
            .SelectMany(t => t.GetProperties().Select(p => (Type: t, Property: p)))
            .Where(x => x.Property.Name.EndsWith("OrderId", StringComparison.Ordinal))
            .Where(x => (Nullable.GetUnderlyingType(x.Property.PropertyType) ?? x.Property.PropertyType) != typeof(Guid))
            .Select(x => $"{x.Type.Name}.{x.Property.Name} is {x.Property.PropertyType.Name}")
            .ToList();

    public static IReadOnlyList<string> AddressesBesidePostalAddress(Assembly contracts) =>
        contracts.GetExportedTypes()
            .Where(t => t != typeof(PostalAddress))
            .Where(t => AddressParts.All(part => t.GetProperty(part) is not null))
            .Select(t => t.FullName!)
            .ToList();

    public static IReadOnlyList<string> QueriesNamedOtherThanGetOrList(IEnumerable<Assembly> assemblies) =>
        assemblies
            .SelectMany(a => a.GetTypes())
            .Where(t => t.GetInterfaces().Any(i => i.IsGenericType && i.Namespace == "Mediator" && i.Name == "IQuery`1"))
            .Where(t => QueryPrefixesNotUsed.Any(prefix => t.Name.StartsWith(prefix, StringComparison.Ordinal)))
            .Select(t => t.FullName!)
            .ToList();
}
