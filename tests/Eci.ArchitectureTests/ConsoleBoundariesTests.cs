using Eci.Admin;
using Xunit;

namespace Eci.ArchitectureTests;

/// <summary>The operator console is a client of the modules: their contracts, never their implementations or databases.</summary>
public sealed class ConsoleBoundariesTests
{
    private static readonly System.Reflection.Assembly ConsoleAssembly = typeof(AdminConsole).Assembly;

    [Fact]
    public void The_console_references_no_module_implementation_and_no_database_library()
    {
        Assert.Empty(ModuleRules.ForbiddenClientReferences(ConsoleAssembly, Modules.Implementations));
    }

    [Fact]
    public void The_console_talks_to_the_modules_through_their_contracts()
    {
        var references = ConsoleAssembly.GetReferencedAssemblies().Select(a => a.Name).ToList();

        Assert.Contains("Eci.Modules.Orders.Contracts", references);
        Assert.Contains("Eci.Modules.Customers.Contracts", references);
    }
}
