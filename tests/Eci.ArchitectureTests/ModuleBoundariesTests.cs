using Eci.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Eci.ArchitectureTests;

/// <summary>Every module the host loads keeps to its boundaries.</summary>
public sealed class ModuleBoundariesTests(SqliteHost host) : IClassFixture<SqliteHost>
{
    [Theory]
    [MemberData(nameof(Modules.Names), MemberType = typeof(Modules))]
    public void Only_the_entry_point_of_an_implementation_is_public(string module)
    {
        var entryPoint = Modules.Named(module).GetType();

        Assert.Empty(ModuleRules.PublicTypesBesidesEntryPoint(entryPoint));
    }

    [Theory]
    [MemberData(nameof(Modules.Names), MemberType = typeof(Modules))]
    public void An_implementation_references_no_other_module_implementation(string module)
    {
        Assert.Empty(ModuleRules.ReferencedModuleImplementations(Modules.Named(module).Implementation(), Modules.Implementations));
    }

    [Theory]
    [MemberData(nameof(Modules.Names), MemberType = typeof(Modules))]
    public void Contracts_reference_only_shared_contracts_and_mediator(string module)
    {
        Assert.Empty(ModuleRules.ForbiddenContractReferences(Modules.Named(module).Contracts()));
    }

    [Theory]
    [MemberData(nameof(Modules.Names), MemberType = typeof(Modules))]
    public async Task A_module_database_maps_only_its_own_types_in_its_own_schema(string module)
    {
        var target = Modules.Named(module);
        var violations = await host.InScopeAsync(sp =>
        {
            var db = (DbContext)sp.GetRequiredService(target.Implementation().DbContextType());
            return ValueTask.FromResult(ModuleRules.ForeignMappings(db, target.Implementation(), target.Schema()));
        });

        Assert.Empty(violations);
    }

    [Theory]
    [MemberData(nameof(Modules.Names), MemberType = typeof(Modules))]
    public async Task Money_is_never_floating_point_in_contracts_or_entities(string module)
    {
        var target = Modules.Named(module);
        var inEntities = await host.InScopeAsync(sp =>
            ValueTask.FromResult(ModuleRules.InexactNumbersInEntities((DbContext)sp.GetRequiredService(target.Implementation().DbContextType()))));

        Assert.Empty(ModuleRules.InexactNumbersInContracts(target.Contracts()));
        Assert.Empty(inEntities);
    }

    [Fact]
    public async Task No_table_is_mapped_by_two_modules()
    {
        var shared = await host.InScopeAsync(sp => ValueTask.FromResult(ModuleRules.SharedTables(
            Host.EciModules.All.Select(m => (m.Name, (DbContext)sp.GetRequiredService(m.Implementation().DbContextType()))).ToList())));

        Assert.Empty(shared);
    }
}
