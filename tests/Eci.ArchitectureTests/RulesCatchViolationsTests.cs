using Eci.Modules.Catalog;
using Eci.Modules.Catalog.Contracts;
using Eci.Modules.Rogue;
using Eci.Modules.Rogue.Workflow;
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
    public void A_client_that_references_a_module_implementation_or_a_database_library_is_reported()
    {
        var violations = ModuleRules.ForbiddenClientReferences(Rogue, [typeof(CatalogModule).Assembly]);

        Assert.Contains("Eci.Modules.Catalog", violations);
        Assert.Contains("Microsoft.EntityFrameworkCore", violations);
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

    [Fact]
    public void A_type_outside_the_five_areas_is_reported()
    {
        var violations = AnatomyRules.TypesOutsideTheAreas(Rogue);

        Assert.Contains(typeof(RogueQueries).FullName, violations);
        Assert.DoesNotContain(typeof(RogueModule).FullName, violations);
    }

    [Fact]
    public void A_handler_misnamed_or_handling_two_messages_is_reported()
    {
        var violations = AnatomyRules.MisshapenHandlers(Rogue);

        Assert.Contains($"{typeof(RogueQueries).FullName} handles GetRogue, ListRogues", violations);
        Assert.Contains($"{typeof(RogueEventsHandler).FullName} handles RogueSeen, RogueLost", violations);
        Assert.DoesNotContain(violations, v => v.StartsWith(typeof(GetRogueHandler).FullName + " ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_misnamed_validator_is_reported()
    {
        Assert.Equal([typeof(GetRogueRules).FullName!], AnatomyRules.MisnamedValidators(Rogue));
    }

    [Fact]
    public void An_entity_configuration_misnamed_or_outside_persistence_is_reported()
    {
        Assert.Equal([typeof(RogueRowMapping).FullName!], AnatomyRules.MisplacedEntityConfigurations(Rogue));
    }

    [Fact]
    public void A_hosted_service_outside_background_or_misnamed_is_reported()
    {
        Assert.Equal([typeof(RogueCleaner).FullName!], AnatomyRules.MisplacedHostedServices(Rogue));
    }

    [Fact]
    public void A_context_not_derived_from_the_module_base_is_reported()
    {
        Assert.Equal([typeof(RogueDbContext).FullName!], AnatomyRules.ContextsNotOnTheModuleBase(Rogue));
    }

    [Fact]
    public void A_source_file_with_two_types_none_or_another_name_is_reported()
    {
        var violations = AnatomyRules.FilesNotNamedForTheirType(
            Path.Combine(AnatomyRules.RepositoryRoot(), "tests", "Eci.ArchitectureTests.Fixtures", "RogueSources"));

        Assert.Equal(
            [
                Path.Combine("Background", "Leftovers.cs") + " declares []",
                Path.Combine("Features", "PlaceRogue", "PlaceRogue.cs") + " declares [PlaceRogue, PlaceRogueHandler]",
                Path.Combine("Features", "PlaceRogue", "PlaceRogueEndpoint.cs") + " declares [RogueRoutes]",
            ],
            violations);
    }

    [Fact]
    public void A_module_using_another_module_contracts_depends_on_it()
    {
        var graph = AnatomyRules.DependencyGraph(
            [("Rogue", Rogue, Rogue), ("Catalog", typeof(CatalogModule).Assembly, typeof(ProductSnapshot).Assembly)]);

        Assert.Equal(["Catalog"], graph["Rogue"]);
        Assert.Empty(graph["Catalog"]);
    }

    [Fact]
    public void A_dependency_cycle_is_reported_by_name()
    {
        Dictionary<string, IReadOnlyList<string>> graph = new()
        {
            ["Catalog"] = [],
            ["Orders"] = ["Catalog", "Shipping"],
            ["Shipping"] = ["Orders"],
            ["Rogue"] = ["Catalog"],
        };

        Assert.Equal(["Orders -> Shipping -> Orders"], AnatomyRules.DependencyCycles(graph));
    }

    private static RogueDbContext RogueContext() =>
        new(new DbContextOptionsBuilder<RogueDbContext>().UseSqlite(new SqliteConnection("Data Source=:memory:")).Options);

    [Fact]
    public void An_order_id_that_is_not_a_guid_is_reported()
    {
        Assert.Contains("RogueShipped.OrderId is String", VocabularyRules.OrderIdsNotGuids(Rogue));
    }

    [Fact]
    public void An_address_record_beside_the_shared_one_is_reported()
    {
        var violations = VocabularyRules.AddressesBesidePostalAddress(Rogue);

        Assert.Contains(typeof(RogueAddress).FullName, violations);
        Assert.Empty(VocabularyRules.AddressesBesidePostalAddress(typeof(Shared.Contracts.PostalAddress).Assembly));
    }

    [Fact]
    public void A_query_named_show_is_reported()
    {
        var violations = VocabularyRules.QueriesNamedOtherThanGetOrList([Rogue]);

        Assert.Contains(typeof(ShowRogue).FullName, violations);
        Assert.DoesNotContain(typeof(GetRogue).FullName, violations);
    }
}
