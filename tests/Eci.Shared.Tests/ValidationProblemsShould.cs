using Eci.Shared.Errors;
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
}
