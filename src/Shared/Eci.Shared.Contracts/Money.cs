namespace Eci.Shared.Contracts;

/// <summary>An amount of money as an integer number of minor units (cents, paise) of an ISO-4217 currency.</summary>
public readonly record struct Money(long Minor, string Currency)
{
    /// <summary>The amount in major units, e.g. 1299.99 for 129999 minor units of a two-decimal currency.</summary>
    public decimal ToDecimal() => Minor / Scale(Currency);

    /// <summary>Converts a major-unit amount; fails when it has more decimals than the currency allows.</summary>
    public static Money FromDecimal(decimal amount, string currency)
    {
        if (!TryFromDecimal(amount, currency, out var money))
        {
            throw new ArgumentException($"{amount} is not a valid amount of {currency}.", nameof(amount));
        }

        return money;
    }

    /// <summary>Converts a major-unit amount when the currency is known, the amount fits and has no excess decimals.</summary>
    public static bool TryFromDecimal(decimal amount, string currency, out Money money)
    {
        money = default;
        if (!Currencies.TryGetMinorDigits(currency, out _))
        {
            return false;
        }

        var scale = Scale(currency);
        if (Math.Abs(amount) > long.MaxValue / scale)
        {
            return false;
        }

        var scaled = amount * scale;
        if (scaled != decimal.Truncate(scaled))
        {
            return false;
        }

        money = new Money((long)scaled, currency.ToUpperInvariant());
        return true;
    }

    private static decimal Scale(string currency) =>
        Currencies.TryGetMinorDigits(currency, out var digits)
            ? Pow10(digits)
            : throw new ArgumentException($"Unknown currency '{currency}'.", nameof(currency));

    private static decimal Pow10(int digits)
    {
        var scale = 1m;
        for (var i = 0; i < digits; i++)
        {
            scale *= 10;
        }

        return scale;
    }
}
