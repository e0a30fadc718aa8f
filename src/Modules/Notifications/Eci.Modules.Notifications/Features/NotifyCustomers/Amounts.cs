using System.Globalization;
using Eci.Shared.Contracts;

namespace Eci.Modules.Notifications.Features.NotifyCustomers;

internal static class Amounts
{
    // An amount as a customer reads it: 1,299.99 INR, with the currency's own number of decimals.
    public static string Format(Money money)
    {
        var digits = Currencies.TryGetMinorDigits(money.Currency, out var d) ? d : 2;
        return money.ToDecimal().ToString("N" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) + " " + money.Currency;
    }
}
