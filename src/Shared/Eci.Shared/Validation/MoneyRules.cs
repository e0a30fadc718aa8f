using Eci.Shared.Contracts;
using FluentValidation;

namespace Eci.Shared.Validation;

public static class MoneyRules
{
    /// <summary>A known ISO-4217 code, any letter case.</summary>
    public static IRuleBuilderOptions<T, string?> KnownCurrency<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(Currencies.IsKnown).WithMessage("'{PropertyValue}' is not a supported ISO-4217 currency code.");

    /// <summary>An amount with no more decimals than the currency's minor unit and within range.</summary>
    public static IRuleBuilderOptions<T, decimal?> FitsCurrency<T>(this IRuleBuilder<T, decimal?> rule, Func<T, string?> currency) =>
        rule.Must((parent, amount) => amount is null || !Currencies.IsKnown(currency(parent))
                || Money.TryFromDecimal(amount.Value, currency(parent)!, out _))
            .WithMessage("The amount has more decimals than the currency allows, or is too large.");
}
