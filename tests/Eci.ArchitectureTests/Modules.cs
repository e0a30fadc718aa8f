using System.Reflection;
using Eci.Host;
using Eci.Shared.Modules;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Xunit;

namespace Eci.ArchitectureTests;

/// <summary>The host's modules as test data, so a new module is covered without editing the tests.</summary>
internal static class Modules
{
    public static TheoryData<string> Names => [.. EciModules.All.Select(m => m.Name)];

    public static IModule Named(string name) => EciModules.All.Single(m => m.Name == name);

    public static Assembly Implementation(this IModule module) => module.GetType().Assembly;

    public static Assembly Contracts(this IModule module) =>
        Assembly.Load(module.Implementation().GetName().Name + ".Contracts");

    public static IEnumerable<Assembly> Implementations => EciModules.All.Select(Implementation);

    public static Type DbContextType(this Assembly implementation) =>
        implementation.GetTypes().Single(t => t.IsSubclassOf(typeof(DbContext)) && !t.IsAbstract);

    /// <summary>The module's DbContext as <c>dotnet ef</c> builds it, through the module's design-time factory.</summary>
    public static DbContext DesignTimeContext(this Assembly implementation)
    {
        var factory = implementation.GetTypes().Single(t => !t.IsAbstract && t.GetInterfaces().Any(IsDesignTimeFactory));
        var create = factory.GetInterfaces().Single(IsDesignTimeFactory).GetMethod(nameof(IDesignTimeDbContextFactory<DbContext>.CreateDbContext))!;
        return (DbContext)create.Invoke(Activator.CreateInstance(factory, nonPublic: true), [Array.Empty<string>()])!;
    }

    public static string Schema(this IModule module) => module.Name.ToLowerInvariant();

    private static bool IsDesignTimeFactory(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IDesignTimeDbContextFactory<>);
}
