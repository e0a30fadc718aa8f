using System.Reflection;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Eci.Shared.Persistence;

/// <summary>
/// One DbContext type, one set of migrations per provider, in one assembly: PostgreSQL's in <c>Persistence/Migrations</c>,
/// MySQL's in <c>Persistence/MySqlMigrations</c>. EF finds migrations by their <c>[DbContext]</c> attribute alone, so
/// both sets would collide; this shows each provider only the migrations and snapshot of its own namespace
/// (docs/adr/0032). <c>dotnet ef migrations add</c> follows it too: a new migration goes beside the provider's snapshot.
/// </summary>
internal abstract class ProviderMigrationsAssembly : IMigrationsAssembly
{
    /// <summary>The last segment of the namespace of MySQL's migrations; every other namespace is PostgreSQL's.</summary>
    public const string MySqlFolder = "MySqlMigrations";

    private readonly Type _contextType;
    private readonly bool _mySql;
    private readonly Lazy<IReadOnlyDictionary<string, TypeInfo>> _migrations;
    private readonly Lazy<ModelSnapshot?> _snapshot;

    protected ProviderMigrationsAssembly(ICurrentDbContext currentContext, IDbContextOptions options, bool mySql)
    {
        _contextType = currentContext.Context.GetType();
        _mySql = mySql;
        var name = RelationalOptionsExtension.Extract(options).MigrationsAssembly;
        Assembly = name is null ? _contextType.Assembly : Assembly.Load(new AssemblyName(name));
        _migrations = new(FindMigrations);
        _snapshot = new(FindSnapshot);
    }

    public IReadOnlyDictionary<string, TypeInfo> Migrations => _migrations.Value;

    public ModelSnapshot? ModelSnapshot => _snapshot.Value;

    public Assembly Assembly { get; }

    public string? FindMigrationId(string nameOrId) =>
        Migrations.Keys.FirstOrDefault(id => string.Equals(id, nameOrId, StringComparison.OrdinalIgnoreCase)
            || string.Equals(id[(id.IndexOf('_', StringComparison.Ordinal) + 1)..], nameOrId, StringComparison.OrdinalIgnoreCase));

    public Migration CreateMigration(TypeInfo migrationClass, string activeProvider)
    {
        var migration = (Migration)Activator.CreateInstance(migrationClass.AsType())!;
        migration.ActiveProvider = activeProvider;
        return migration;
    }

    private IReadOnlyDictionary<string, TypeInfo> FindMigrations() =>
        new SortedList<string, TypeInfo>(
            Mine().Where(t => t.IsSubclassOf(typeof(Migration)) && t.GetCustomAttribute<MigrationAttribute>() is not null)
                .ToDictionary(t => t.GetCustomAttribute<MigrationAttribute>()!.Id, t => t),
            StringComparer.Ordinal);

    private ModelSnapshot? FindSnapshot() =>
        Mine().Where(t => t.IsSubclassOf(typeof(ModelSnapshot))).Select(t => (ModelSnapshot)Activator.CreateInstance(t.AsType())!).FirstOrDefault();

    private IEnumerable<TypeInfo> Mine() =>
        Assembly.DefinedTypes.Where(t => !t.IsAbstract && !t.IsGenericTypeDefinition
            && t.GetCustomAttribute<DbContextAttribute>()?.ContextType == _contextType
            && IsMySqlNamespace(t.Namespace) == _mySql);

    private static bool IsMySqlNamespace(string? ns) => ns is not null && ns.EndsWith("." + MySqlFolder, StringComparison.Ordinal);
}

/// <summary>PostgreSQL's migrations: those outside a <c>MySqlMigrations</c> namespace.</summary>
internal sealed class PostgresMigrationsAssembly(ICurrentDbContext currentContext, IDbContextOptions options)
    : ProviderMigrationsAssembly(currentContext, options, mySql: false);

/// <summary>MySQL's migrations: those in a <c>MySqlMigrations</c> namespace.</summary>
internal sealed class MySqlMigrationsAssembly(ICurrentDbContext currentContext, IDbContextOptions options)
    : ProviderMigrationsAssembly(currentContext, options, mySql: true);
