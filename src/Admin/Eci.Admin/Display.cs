using System.Globalization;
using System.Text.Json;
using Eci.Shared.Contracts;
using Eci.Shared.Http;

namespace Eci.Admin;

/// <summary>How the console writes values: money with its currency's decimals, times in UTC.</summary>
public static class Display
{
    private static readonly JsonSerializerOptions IndentedJson = new(EciJson.Create()) { WriteIndented = true };

    public static string Amount(Money money) =>
        Currencies.TryGetMinorDigits(money.Currency, out var digits)
            ? money.ToDecimal().ToString("N" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) + " " + money.Currency
            : money.Minor.ToString(CultureInfo.InvariantCulture) + " " + money.Currency;

    public static string Time(DateTime? utc) =>
        utc is { } t ? t.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) + " UTC" : "—";

    public static string Data(IReadOnlyDictionary<string, object?> data) => JsonSerializer.Serialize(data, IndentedJson);

    public static string Words(string code) => code.Replace('_', ' ');

    public static string Percent(int part, int whole) =>
        whole == 0 ? "—" : (100.0 * part / whole).ToString("0.0", CultureInfo.InvariantCulture) + " %";
}
