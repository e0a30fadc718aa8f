using System.Text.Json;
using Eci.Shared.Http;
using Xunit;

namespace Eci.Shared.Tests;

public sealed class EciJsonShould
{
    private sealed record Body(int? Quantity, decimal? Price);

    private static readonly JsonSerializerOptions Options = EciJson.Create();

    [Theory]
    [InlineData("""{"quantity":1,"quantity":1000}""")]
    [InlineData("""{"quantity":1,"Quantity":1000}""")]
    [InlineData("""{"price":1,"price":2}""")]
    public void Refuse_a_member_given_twice(string json)
    {
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<Body>(json, Options));
    }

    [Theory]
    [InlineData("1e-30")]
    [InlineData("0.00000000000000000000000000001")]
    [InlineData("1.00000000000000000000000000001")]
    [InlineData("1e29")]
    [InlineData("-1e-29")]
    public void Refuse_a_decimal_it_would_have_to_round(string number)
    {
        var refused = Assert.Throws<InexactNumberException>(() => JsonSerializer.Deserialize<Body>($$"""{"price":{{number}}}""", Options));

        Assert.Equal("$.price", refused.Path);
        Assert.Contains(number, refused.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1299.99", "1299.99")]
    [InlineData("1299.990", "1299.99")]
    [InlineData("1.5e2", "150")]
    [InlineData("-0", "0")]
    [InlineData("0.0000000000000000000000000001", "0.0000000000000000000000000001")]
    [InlineData("79228162514264337593543950335", "79228162514264337593543950335")]
    public void Read_a_decimal_it_can_hold_exactly(string number, string expected)
    {
        var body = JsonSerializer.Deserialize<Body>($$"""{"price":{{number}}}""", Options);

        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), body!.Price);
    }

    [Fact]
    public void Still_refuse_a_number_sent_as_a_string()
    {
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<Body>("""{"price":"12"}""", Options));
    }
}
