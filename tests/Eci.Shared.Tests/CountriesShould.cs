using Eci.Shared.Contracts;
using Eci.Shared.Validation;
using FluentValidation;
using Xunit;

namespace Eci.Shared.Tests;

public sealed class CountriesShould
{
    private sealed record Address(string? Country);

    private static readonly InlineValidator<Address> Validator = new() { v => v.RuleFor(a => a.Country).IsoCountry() };

    [Fact]
    public void Hold_the_249_assigned_codes()
    {
        Assert.Equal(249, Countries.Codes.Count());
        Assert.All(Countries.Codes, c => Assert.Matches("^[A-Z]{2}$", c));
    }

    [Theory]
    [InlineData("IN")]
    [InlineData("us")]
    [InlineData(" gb ")]
    [InlineData("AX")]
    [InlineData("ZW")]
    public void Accept_assigned_codes_in_any_letter_case(string code)
    {
        Assert.True(Countries.IsAssigned(code));
        Assert.True(Validator.Validate(new Address(code)).IsValid);
    }

    [Theory]
    [InlineData("XX")]
    [InlineData("UK")]
    [InlineData("EU")]
    [InlineData("ZZ")]
    [InlineData("IND")]
    [InlineData("")]
    public void Refuse_codes_that_are_not_assigned(string code)
    {
        Assert.False(Countries.IsAssigned(code));
        var result = Validator.Validate(new Address(code));
        Assert.False(result.IsValid);
        Assert.Contains("ISO 3166-1 alpha-2", Assert.Single(result.Errors).ErrorMessage, StringComparison.Ordinal);
    }
}
