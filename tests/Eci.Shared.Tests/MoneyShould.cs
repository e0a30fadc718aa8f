using Eci.Shared.Contracts;
using Xunit;

namespace Eci.Shared.Tests;

public sealed class MoneyShould
{
    [Theory]
    [InlineData(1299.99, "INR", 129999)]
    [InlineData(0.01, "usd", 1)]
    [InlineData(1500, "JPY", 1500)]
    [InlineData(2.125, "KWD", 2125)]
    public void Convert_a_decimal_to_exact_minor_units(decimal amount, string currency, long minor)
    {
        var money = Money.FromDecimal(amount, currency);

        Assert.Equal(minor, money.Minor);
        Assert.Equal(currency.ToUpperInvariant(), money.Currency);
        Assert.Equal(amount, money.ToDecimal());
    }

    [Theory]
    [InlineData(12.345, "INR")]
    [InlineData(0.5, "JPY")]
    [InlineData(1.0001, "KWD")]
    [InlineData(1, "XYZ")]
    public void Refuse_amounts_its_currency_cannot_hold(decimal amount, string currency)
    {
        Assert.False(Money.TryFromDecimal(amount, currency, out _));
        Assert.Throws<ArgumentException>(() => Money.FromDecimal(amount, currency));
    }

    [Fact]
    public void Refuse_amounts_beyond_a_long()
    {
        Assert.False(Money.TryFromDecimal(decimal.MaxValue, "USD", out _));
    }

    [Fact]
    public void Compare_by_amount_and_currency()
    {
        Assert.Equal(Money.FromDecimal(10m, "USD"), new Money(1000, "USD"));
        Assert.NotEqual(Money.FromDecimal(10m, "USD"), Money.FromDecimal(10m, "EUR"));
    }
}
