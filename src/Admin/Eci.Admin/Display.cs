using System.Globalization;
using Eci.Shared.Contracts;

namespace Eci.Admin;

/// <summary>How the console writes values: money with its currency's decimals, times in UTC.</summary>
public static class Display
{
    public static string Amount(Money money) =>
        Currencies.TryGetMinorDigits(money.Currency, out var digits)
            ? money.ToDecimal().ToString("N" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) + " " + money.Currency
            : money.Minor.ToString(CultureInfo.InvariantCulture) + " " + money.Currency;

    public static string Time(DateTime? utc) =>
        utc is { } t ? t.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) + " UTC" : "—";

    public static string Words(string code) => code.Replace('_', ' ');

    public static string Percent(int part, int whole) =>
        whole == 0 ? "—" : (100.0 * part / whole).ToString("0.0", CultureInfo.InvariantCulture) + " %";
}
