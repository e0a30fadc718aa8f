using Eci.Shared.Validation;
using FluentValidation.Results;
using Xunit;

namespace Eci.Shared.Tests;

public sealed class SnakeCaseDisplayNamesShould
{
    [Fact]
    public void Name_a_validated_property_in_snake_case_converting_it_only_once()
    {
        var member = typeof(ValidationFailure).GetProperty(nameof(ValidationFailure.ErrorMessage))!;

        var first = SnakeCaseDisplayNames.Of(member);

        Assert.Equal("error_message", first);
        Assert.Same(first, SnakeCaseDisplayNames.Of(member));
        Assert.Null(SnakeCaseDisplayNames.Of(null));
    }
}
