using System.Reflection;
using Eci.Host;
using Eci.Shared.Modules;
using Microsoft.EntityFrameworkCore;
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

    public static string Schema(this IModule module) => module.Name.ToLowerInvariant();
}
