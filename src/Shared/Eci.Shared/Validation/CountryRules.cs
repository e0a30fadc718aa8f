using Eci.Shared.Contracts;
using FluentValidation;

namespace Eci.Shared.Validation;

public static class CountryRules
{
    /// <summary>An assigned ISO 3166-1 alpha-2 code (<see cref="Countries"/>), any letter case; null passes, add NotEmpty to require one.</summary>
    public static IRuleBuilderOptions<T, string?> IsoCountry<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(code => code is null || Countries.IsAssigned(code))
            .WithMessage("'{PropertyName}' must be an assigned ISO 3166-1 alpha-2 country code, such as IN or US.");
}
