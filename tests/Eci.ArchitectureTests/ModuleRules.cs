using System.Reflection;
using Microsoft.EntityFrameworkCore;
using NetArchTest.Rules;

namespace Eci.ArchitectureTests;

/// <summary>The module rules, as functions that list violations, so each rule can be shown to catch a rogue module.</summary>
internal static class ModuleRules
{
    private static readonly string[] ContractDependencies = ["Eci.Shared.Contracts", "Mediator"];

    private static readonly string[] DatabaseLibraries = ["Microsoft.EntityFrameworkCore", "Npgsql", "MySql", "Microsoft.Data.Sqlite"];

    /// <summary>Every public type of a module's implementation but its entry point.</summary>
    public static IReadOnlyList<string> PublicTypesBesidesEntryPoint(Type entryPoint) =>
        (Types.InAssembly(entryPoint.Assembly).That().ArePublic().GetTypes() ?? [])
            .Where(t => t != entryPoint)
            .Select(t => t.FullName!)
            .ToList();

    /// <summary>Other modules' implementation assemblies that this implementation references.</summary>
    public static IReadOnlyList<string> ReferencedModuleImplementations(Assembly implementation, IEnumerable<Assembly> moduleImplementations)
    {
        var others = moduleImplementations.Where(a => a != implementation).Select(a => a.GetName().Name).ToHashSet();
        return implementation.GetReferencedAssemblies().Select(a => a.Name!).Where(others.Contains).ToList();
    }

    /// <summary>
    /// What a client of the modules (the operator console) references that only an implementation may: a module's
    /// implementation assembly, or a database library through which it could open a module's DbContext or tables.
    /// </summary>
    public static IReadOnlyList<string> ForbiddenClientReferences(Assembly client, IEnumerable<Assembly> moduleImplementations)
    {
        var implementations = moduleImplementations.Select(a => a.GetName().Name).ToHashSet();
        return client.GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(name => implementations.Contains(name) || DatabaseLibraries.Any(prefix => name.StartsWith(prefix, StringComparison.Ordinal)))
            .ToList();
    }

    /// <summary>
    /// What a contracts assembly references beyond the runtime, the shared contracts and Mediator; another module's
    /// contracts included, so a module can be lifted out without taking a neighbour's contracts along.
    /// </summary>
    public static IReadOnlyList<string> ForbiddenContractReferences(Assembly contracts) =>
        contracts.GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(name => !IsRuntime(name) && !ContractDependencies.Contains(name))
            .ToList();

    /// <summary>
    /// Entity types a module's DbContext maps that it does not own (the shared building blocks' tables, such as the
    /// outbox, are each module's own copy), or outside its own schema.
    /// </summary>
    public static IReadOnlyList<string> ForeignMappings(DbContext db, Assembly owner, string schema) =>
        db.Model.GetEntityTypes()
            .Where(e => !IsOwnOrShared(e, owner) || e.GetSchema() != schema)
            .Select(e => $"{e.ClrType.Name} -> {e.GetSchema()}.{e.GetTableName()}")
            .ToList();

    // The shared building blocks' tables, the shared vocabulary (a PostalAddress) owned by one of the module's entities,
    // and the framework's data-protection key ring, which Customers keeps beside the accounts it guards (ADR 0049).
    private static bool IsOwnOrShared(Microsoft.EntityFrameworkCore.Metadata.IEntityType entity, Assembly owner) =>
        entity.ClrType.Assembly == owner
        || entity.ClrType.Assembly == typeof(Shared.Outbox.OutboxMessage).Assembly
        || (entity.IsOwned() && entity.ClrType.Assembly == typeof(Shared.Contracts.PostalAddress).Assembly)
        || (entity.ClrType.Assembly.GetName().Name == "Microsoft.AspNetCore.DataProtection.EntityFrameworkCore" && owner.GetName().Name == "Eci.Modules.Customers");

    /// <summary>Tables that more than one module maps.</summary>
    public static IReadOnlyList<string> SharedTables(IEnumerable<(string Module, DbContext Db)> contexts) =>
        contexts
            .SelectMany(c => c.Db.Model.GetEntityTypes().Select(e => (c.Module, Table: $"{e.GetSchema()}.{e.GetTableName()}")))
            .GroupBy(t => t.Table)
            .Where(g => g.Select(t => t.Module).Distinct().Count() > 1)
            .Select(g => g.Key)
            .ToList();

    /// <summary>Public contract properties that carry a number that is not whole: money travels as <c>Money</c>, never as floating point or decimal.</summary>
    public static IReadOnlyList<string> InexactNumbersInContracts(Assembly contracts) =>
        contracts.GetExportedTypes()
            .SelectMany(t => t.GetProperties().Where(p => IsInexact(p.PropertyType)).Select(p => $"{t.Name}.{p.Name}"))
            .ToList();

    /// <summary>Mapped entity properties stored as floating point or decimal; money is stored as integer minor units.</summary>
    public static IReadOnlyList<string> InexactNumbersInEntities(DbContext db) =>
        db.Model.GetEntityTypes()
            .SelectMany(e => e.GetProperties().Where(p => IsInexact(p.ClrType)).Select(p => $"{e.ClrType.Name}.{p.Name}"))
            .ToList();

    private static bool IsInexact(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return t == typeof(double) || t == typeof(float) || t == typeof(decimal) || t == typeof(Half);
    }

    private static bool IsRuntime(string name) =>
        name is "netstandard" or "mscorlib" or "System" || name.StartsWith("System.", StringComparison.Ordinal);
}
