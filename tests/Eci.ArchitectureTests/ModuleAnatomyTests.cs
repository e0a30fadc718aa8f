using Eci.Host;
using Xunit;

namespace Eci.ArchitectureTests;

/// <summary>Every module the host loads has the one anatomy written down in docs/architecture.md.</summary>
public sealed class ModuleAnatomyTests
{
    [Theory]
    [MemberData(nameof(Modules.Names), MemberType = typeof(Modules))]
    public void Types_live_in_the_root_or_one_of_the_five_areas(string module)
    {
        Violations.None(AnatomyRules.TypesOutsideTheAreas(Modules.Named(module).Implementation()));
    }

    [Theory]
    [MemberData(nameof(Modules.Names), MemberType = typeof(Modules))]
    public void A_handler_is_named_handler_and_handles_one_message(string module)
    {
        Violations.None(AnatomyRules.MisshapenHandlers(Modules.Named(module).Implementation()));
    }

    [Theory]
    [MemberData(nameof(Modules.Names), MemberType = typeof(Modules))]
    public void A_validator_is_named_validator(string module)
    {
        Violations.None(AnatomyRules.MisnamedValidators(Modules.Named(module).Implementation()));
    }

    [Theory]
    [MemberData(nameof(Modules.Names), MemberType = typeof(Modules))]
    public void An_entity_configuration_is_named_configuration_and_lives_in_persistence(string module)
    {
        Violations.None(AnatomyRules.MisplacedEntityConfigurations(Modules.Named(module).Implementation()));
    }

    [Theory]
    [MemberData(nameof(Modules.Names), MemberType = typeof(Modules))]
    public void A_hosted_service_is_a_worker_or_sweeper_in_background(string module)
    {
        Violations.None(AnatomyRules.MisplacedHostedServices(Modules.Named(module).Implementation()));
    }

    [Theory]
    [MemberData(nameof(Modules.Names), MemberType = typeof(Modules))]
    public void The_module_database_derives_the_module_base(string module)
    {
        Violations.None(AnatomyRules.ContextsNotOnTheModuleBase(Modules.Named(module).Implementation()));
    }

    [Theory]
    [MemberData(nameof(Modules.Names), MemberType = typeof(Modules))]
    public void Each_source_file_declares_one_type_named_as_the_file(string module)
    {
        Violations.None(AnatomyRules.FilesNotNamedForTheirType(AnatomyRules.ProjectDirectory(Modules.Named(module).Implementation())));
    }

    [Theory]
    [MemberData(nameof(Modules.Names), MemberType = typeof(Modules))]
    public void A_module_is_on_no_dependency_cycle(string module)
    {
        var graph = AnatomyRules.DependencyGraph([.. EciModules.All.Select(m => (m.Name, m.Implementation(), m.Contracts()))]);

        Violations.None(AnatomyRules.DependencyCycles(graph).Where(cycle => cycle.Split(" -> ").Contains(module)));
    }
}
