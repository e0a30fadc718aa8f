using Eci.Modules.Catalog;
using Eci.Modules.Rogue;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Eci.ArchitectureTests;

/// <summary>Each rule, applied to a module built to break it, reports the break; a rule that cannot fail proves nothing.</summary>
public sealed class RulesCatchViolationsTests
{
    private static readonly System.Reflection.Assembly Rogue = typeof(RogueModule).Assembly;

    [Fact]
    public void A_public_type_beside_the_entry_point_is_reported()
    {
        var violations = ModuleRules.PublicTypesBesidesEntryPoint(typeof(RogueModule));

        Assert.Contains(typeof(LeakedHandler).FullName, violations);
        Assert.DoesNotContain(typeof(RogueModule).FullName, violations);
    }

    [Fact]
    public void A_reference_to_another_module_implementation_is_reported()
    {
        var violations = ModuleRules.ReferencedModuleImplementations(Rogue, [Rogue, typeof(CatalogModule).Assembly]);

        Assert.Equal(["Eci.Modules.Catalog"], violations);
    }

    [Fact]
    public void A_contracts_assembly_that_references_an_implementation_library_is_reported()
    {
        var violations = ModuleRules.ForbiddenContractReferences(Rogue);

        Assert.Contains("Microsoft.EntityFrameworkCore", violations);
        Assert.Contains("Eci.Modules.Catalog", violations);
    }

    [Fact]
    public void A_contracts_assembly_that_references_another_module_contracts_is_reported()
    {
        var violations = ModuleRules.ForbiddenContractReferences(Rogue);

        Assert.Contains("Eci.Modules.Catalog.Contracts", violations);
        Assert.DoesNotContain("Eci.Shared.Contracts", violations);
    }

    [Fact]
    public void A_context_that_maps_foreign_types_or_schemas_is_reported()
    {
        using var db = RogueContext();

        var violations = ModuleRules.ForeignMappings(db, Rogue, "rogue");

        Assert.Contains(violations, v => v.StartsWith("RogueRow -> catalog.products", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.StartsWith("ImportRejection", StringComparison.Ordinal));
    }

    [Fact]
    public void Two_modules_mapping_one_table_is_reported()
    {
        using var rogue = RogueContext();
        using var alsoRogue = RogueContext();

        Assert.Contains("catalog.products", ModuleRules.SharedTables([("Rogue", rogue), ("Catalog", alsoRogue)]));
    }

    [Fact]
    public void Money_as_floating_point_is_reported_in_contracts_and_entities()
    {
        using var db = RogueContext();

        Assert.Contains("RoguePriceQuote.Price", ModuleRules.InexactNumbersInContracts(Rogue));
        Assert.Contains("RogueRow.Price", ModuleRules.InexactNumbersInEntities(db));
    }

    private static RogueDbContext RogueContext() =>
        new(new DbContextOptionsBuilder<RogueDbContext>().UseSqlite(new SqliteConnection("Data Source=:memory:")).Options);
}
