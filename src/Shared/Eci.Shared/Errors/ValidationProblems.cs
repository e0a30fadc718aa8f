using Eci.Shared.Persistence;
using FluentValidation.Results;
using Microsoft.AspNetCore.Mvc;

namespace Eci.Shared.Errors;

/// <summary>Builds the 422 problem that lists every failing field by its JSON (snake_case) path.</summary>
public static class ValidationProblems
{
    public static ProblemDetails From(IEnumerable<ValidationFailure> failures)
    {
        var errors = failures
            .GroupBy(f => JsonPath(f.PropertyName))
            .ToDictionary(g => g.Key, g => g.Select(f => f.ErrorMessage).Distinct().ToArray());
        var problem = ProblemExceptionHandler.Create(422, ProblemTypes.ValidationFailed, "Validation failed",
            "One or more fields are invalid; see errors.");
        problem.Extensions["errors"] = errors;
        return problem;
    }

    /// <summary>"Lines[0].ProductId" becomes "lines[0].product_id".</summary>
    public static string JsonPath(string propertyPath) =>
        string.Join('.', propertyPath.Split('.').Select(segment =>
        {
            var bracket = segment.IndexOf('[', StringComparison.Ordinal);
            return bracket < 0
                ? SnakeCaseNames.ToSnakeCase(segment)
                : SnakeCaseNames.ToSnakeCase(segment[..bracket]) + segment[bracket..];
        }));
}
