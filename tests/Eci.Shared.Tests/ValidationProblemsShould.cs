using Eci.Shared.Errors;
using Eci.Shared.Validation;
using FluentValidation.Results;
using Xunit;

namespace Eci.Shared.Tests;

public sealed class ValidationProblemsShould
{
    [Theory]
    [InlineData("Price", "price")]
    [InlineData("PageSize", "page_size")]
    [InlineData("Lines[0].ProductId", "lines[0].product_id")]
    [InlineData("ShippingAddress.PostalCode", "shipping_address.postal_code")]
    public void Name_fields_by_their_json_path(string property, string json)
    {
        Assert.Equal(json, ValidationProblems.JsonPath(property));
    }

    [Fact]
    public void List_every_failing_field_in_a_422()
    {
        var problem = ValidationProblems.From([new ValidationFailure("Name", "empty"), new ValidationFailure("Name", "short"), new ValidationFailure("Price", "negative")]);

        Assert.Equal(422, problem.Status);
        var errors = Assert.IsType<Dictionary<string, string[]>>(problem.Extensions["errors"]);
        Assert.Equal(["empty", "short"], errors["name"]);
        Assert.Equal(["negative"], errors["price"]);
    }

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
