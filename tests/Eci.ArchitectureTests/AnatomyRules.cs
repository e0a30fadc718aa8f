using System.CodeDom.Compiler;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;

namespace Eci.ArchitectureTests;

/// <summary>The module anatomy (docs/architecture.md) as functions that list violations, like <see cref="ModuleRules"/>.</summary>
internal static partial class AnatomyRules
{
    public static readonly string[] Areas = ["Domain", "Features", "Background", "Integrations", "Persistence"];

    // Generated code: migrations and compiled models keep the layout their tools write.
    private static readonly string[] SkippedFolders = ["Migrations", "MySqlMigrations", "CompiledModel", "obj", "bin"];

    /// <summary>Types outside the module's root namespace and its five areas.</summary>
    public static IReadOnlyList<string> TypesOutsideTheAreas(Assembly implementation)
    {
        var root = implementation.GetName().Name!;
        return WrittenTypes(implementation)
            .Where(t => t.Namespace != root && !Areas.Any(area => IsUnder(t.Namespace, $"{root}.{area}")))
            .Select(t => t.FullName!)
            .ToList();
    }

    /// <summary>Mediator handlers not named <c>…Handler</c> or handling more than one request or notification type.</summary>
    public static IReadOnlyList<string> MisshapenHandlers(Assembly implementation) =>
        WrittenTypes(implementation)
            .Where(t => t is { IsClass: true, IsAbstract: false })
            .Select(t => (Type: t, Handled: HandledMessages(t)))
            .Where(h => h.Handled.Count > 0 && (!SimpleName(h.Type).EndsWith("Handler", StringComparison.Ordinal) || h.Handled.Count > 1))
            .Select(h => $"{h.Type.FullName} handles {string.Join(", ", h.Handled.Select(m => m.Name))}")
            .ToList();

    /// <summary>FluentValidation validators not named <c>…Validator</c>.</summary>
    public static IReadOnlyList<string> MisnamedValidators(Assembly implementation) =>
        WrittenTypes(implementation)
            .Where(t => !t.IsAbstract && BaseTypes(t).Any(b => b.IsGenericType && b.GetGenericTypeDefinition().FullName == "FluentValidation.AbstractValidator`1"))
            .Where(t => !SimpleName(t).EndsWith("Validator", StringComparison.Ordinal))
            .Select(t => t.FullName!)
            .ToList();

    /// <summary>EF entity configurations not named <c>…Configuration</c> or outside <c>Persistence</c>.</summary>
    public static IReadOnlyList<string> MisplacedEntityConfigurations(Assembly implementation)
    {
        var persistence = implementation.GetName().Name + ".Persistence";
        return WrittenTypes(implementation)
            .Where(t => !t.IsAbstract && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEntityTypeConfiguration<>)))
            .Where(t => !SimpleName(t).EndsWith("Configuration", StringComparison.Ordinal) || !IsUnder(t.Namespace, persistence))
            .Select(t => t.FullName!)
            .ToList();
    }

    /// <summary>Hosted services outside <c>Background</c> or not named <c>…Worker</c> / <c>…Sweeper</c>.</summary>
    public static IReadOnlyList<string> MisplacedHostedServices(Assembly implementation)
    {
        var background = implementation.GetName().Name + ".Background";
        return WrittenTypes(implementation)
            .Where(t => !t.IsAbstract && typeof(IHostedService).IsAssignableFrom(t))
            .Where(t => !(SimpleName(t).EndsWith("Worker", StringComparison.Ordinal) || SimpleName(t).EndsWith("Sweeper", StringComparison.Ordinal)) || !IsUnder(t.Namespace, background))
            .Select(t => t.FullName!)
            .ToList();
    }

    /// <summary>DbContexts that do not derive the shared <c>ModuleDbContext</c>.</summary>
    public static IReadOnlyList<string> ContextsNotOnTheModuleBase(Assembly implementation) =>
        WrittenTypes(implementation)
            .Where(t => !t.IsAbstract && t.IsSubclassOf(typeof(DbContext)) && !t.IsSubclassOf(typeof(Shared.Persistence.ModuleDbContext)))
            .Select(t => t.FullName!)
            .ToList();

    /// <summary>
    /// Source files (migrations and build output aside) that do not declare exactly one top-level type named as the
    /// file. The code uses file-scoped namespaces, so a top-level declaration starts at column 0 and a nested one does not.
    /// </summary>
    public static IReadOnlyList<string> FilesNotNamedForTheirType(string projectDirectory) =>
        SourceFiles(projectDirectory)
            .Select(file => (File: file, Declared: TopLevelTypes(File.ReadAllText(file)).Distinct().ToList()))
            .Where(f => f.Declared.Count != 1 || f.Declared[0] != Path.GetFileName(f.File).Split('.')[0])
            .Select(f => $"{Path.GetRelativePath(projectDirectory, f.File)} declares [{string.Join(", ", f.Declared)}]")
            .ToList();

    /// <summary>Module dependencies: A depends on B when A's implementation or contracts reference B's contracts.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> DependencyGraph(IReadOnlyList<(string Name, Assembly Implementation, Assembly Contracts)> modules) =>
        modules.ToDictionary(
            m => m.Name,
            m => (IReadOnlyList<string>)modules
                .Where(other => other.Name != m.Name)
                .Where(other => References(m.Implementation, other.Contracts) || References(m.Contracts, other.Contracts))
                .Select(other => other.Name)
                .ToList());

    /// <summary>Every elementary cycle of the graph, named from its first module in the graph's order: "A -> B -> A".</summary>
    public static IReadOnlyList<string> DependencyCycles(IReadOnlyDictionary<string, IReadOnlyList<string>> graph)
    {
        var order = graph.Keys.Select((name, index) => (name, index)).ToDictionary(x => x.name, x => x.index);
        var cycles = new List<string>();
        foreach (var start in graph.Keys)
        {
            // Only cycles whose lowest-ordered module is the start, so each cycle is named once.
            Walk([start]);

            void Walk(List<string> path)
            {
                foreach (var next in graph[path[^1]].Where(order.ContainsKey))
                {
                    if (next == start)
                    {
                        cycles.Add(string.Join(" -> ", path.Append(start)));
                    }
                    else if (order[next] > order[start] && !path.Contains(next))
                    {
                        Walk([.. path, next]);
                    }
                }
            }
        }

        return cycles;
    }

    /// <summary>The repository root: the nearest folder above the tests' output that holds Eci.sln.</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Eci.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Eci.sln above {AppContext.BaseDirectory}.");
    }

    /// <summary>The folder of the project that builds the assembly, found by its project file under src/.</summary>
    public static string ProjectDirectory(Assembly assembly)
    {
        var name = assembly.GetName().Name + ".csproj";
        return Path.GetDirectoryName(Directory.EnumerateFiles(Path.Combine(RepositoryRoot(), "src"), name, SearchOption.AllDirectories).Single())!;
    }

    private static IEnumerable<string> SourceFiles(string directory) =>
        Directory.EnumerateFiles(directory, "*.cs", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(directory, f).Split(Path.DirectorySeparatorChar).SkipLast(1).Any(SkippedFolders.Contains))
            .Order(StringComparer.Ordinal);

    private static IEnumerable<string> TopLevelTypes(string source) =>
        TopLevelDeclaration().Matches(source).Select(m => m.Groups["name"].Value);

    private static bool References(Assembly from, Assembly to) =>
        from.GetReferencedAssemblies().Any(a => a.Name == to.GetName().Name);

    private static List<Type> HandledMessages(Type type) =>
        type.GetInterfaces()
            .Where(i => i.IsGenericType && i.Namespace == "Mediator" && i.Name.Contains("Handler", StringComparison.Ordinal))
            .Select(i => i.GetGenericArguments()[0])
            .Distinct()
            .ToList();

    private static IEnumerable<Type> BaseTypes(Type type)
    {
        for (var t = type.BaseType; t is not null; t = t.BaseType)
        {
            yield return t;
        }
    }

    /// <summary>The name without its generic arity: <c>ProductInputValidator`1</c> is <c>ProductInputValidator</c>.</summary>
    private static string SimpleName(Type type) => type.Name.Split('`')[0];

    private static bool IsUnder(string? ns, string prefix) =>
        ns is not null && (ns == prefix || ns.StartsWith(prefix + ".", StringComparison.Ordinal));

    /// <summary>The types a person wrote: no compiler- or generator-made ones (closures, regex and binder code).</summary>
    private static IEnumerable<Type> WrittenTypes(Assembly assembly) =>
        assembly.GetTypes().Where(t => !IsGenerated(t));

    private static bool IsGenerated(Type type)
    {
        for (Type? t = type; t is not null; t = t.DeclaringType)
        {
            if (t.Name.StartsWith('<') || t.IsDefined(typeof(CompilerGeneratedAttribute), false) || t.IsDefined(typeof(GeneratedCodeAttribute), false))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"^(?:(?:public|internal|private|protected|file|static|sealed|abstract|partial|readonly|ref|unsafe|new)\s+)*(?:(?:class|struct|interface|enum|record(?:\s+(?:struct|class))?)\s+(?<name>\w+)|delegate\s+[^(;]*?(?<name>\w+)\s*(?:<[^>]*>)?\s*\()", RegexOptions.Multiline)]
    private static partial Regex TopLevelDeclaration();
}
