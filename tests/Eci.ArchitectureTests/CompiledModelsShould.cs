using Eci.Shared.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Xunit;

namespace Eci.ArchitectureTests;

/// <summary>Every module's compiled PostgreSQL model is the model its code builds today (ADR 0052).</summary>
public sealed class CompiledModelsShould
{
    [Theory]
    [MemberData(nameof(Modules.Names), MemberType = typeof(Modules))]
    public void Match_the_model_the_module_builds(string module)
    {
        var implementation = Modules.Named(module).Implementation();
        using var db = implementation.DesignTimeContext();
        var compiled = CompiledModels.PostgresModelOf(db.GetType());
        Assert.True(compiled is not null, $"{module} has no compiled model: run scripts/compiled-models.sh {module}.");

        var built = Lines(db.Model);
        var stale = Lines(compiled!);
        var same = built.Zip(stale).TakeWhile(lines => lines.First == lines.Second).Count();
        Assert.True(same == built.Length && same == stale.Length,
            $"The {module} compiled model is out of date (run scripts/compiled-models.sh {module}); first difference, line {same + 1}: " +
            $"built '{built.ElementAtOrDefault(same)?.Trim()}', compiled '{stale.ElementAtOrDefault(same)?.Trim()}'.");
    }

    private static string[] Lines(IModel model) => model.ToDebugString(MetadataDebugStringOptions.LongDefault).Split('\n');
}
