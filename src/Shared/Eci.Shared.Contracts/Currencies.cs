using System.Collections.Frozen;

namespace Eci.Shared.Contracts;

/// <summary>The ISO-4217 currencies ECI accepts, with the number of decimals of their minor unit.</summary>
public static class Currencies
{
    // Code and minor-unit decimals, from ISO 4217.
    private const string Table =
        "AED:2 AUD:2 BHD:3 BRL:2 CAD:2 CHF:2 CLP:0 CNY:2 CZK:2 DKK:2 EUR:2 GBP:2 HKD:2 HUF:2 " +
        "IDR:2 ILS:2 INR:2 ISK:0 JOD:3 JPY:0 KRW:0 KWD:3 MXN:2 MYR:2 NOK:2 NZD:2 OMR:3 PHP:2 " +
        "PLN:2 QAR:2 RON:2 SAR:2 SEK:2 SGD:2 THB:2 TND:3 TRY:2 TWD:2 UAH:2 USD:2 VND:0 ZAR:2";

    private static readonly FrozenDictionary<string, int> MinorDigits = Table
        .Split(' ', StringSplitOptions.RemoveEmptyEntries)
        .Select(entry => entry.Split(':'))
        .ToFrozenDictionary(pair => pair[0], pair => int.Parse(pair[1], System.Globalization.CultureInfo.InvariantCulture), StringComparer.OrdinalIgnoreCase);

    /// <summary>Every accepted currency code.</summary>
    public static IEnumerable<string> Codes => MinorDigits.Keys;

    /// <summary>Whether the code (any letter case) names an accepted currency.</summary>
    public static bool IsKnown(string? code) => code is not null && MinorDigits.ContainsKey(code);

    /// <summary>The number of decimals of the currency's minor unit (2 for USD, 0 for JPY, 3 for KWD).</summary>
    public static bool TryGetMinorDigits(string? code, out int digits)
    {
        digits = 0;
        return code is not null && MinorDigits.TryGetValue(code, out digits);
    }
}
