using Eci.Shared.Persistence;
using FluentValidation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Eci.Shared.Errors;

/// <summary>The one place that turns exceptions into RFC 9457 problems, in every environment, never with a stack trace.</summary>
public sealed partial class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is OperationCanceledException && httpContext.RequestAborted.IsCancellationRequested)
        {
            return true;
        }

        var problem = ToProblem(exception);
        if (problem.Status >= 500)
        {
            LogUnhandled(logger, exception, httpContext.Request.Method, httpContext.Request.Path);
        }

        httpContext.Response.StatusCode = problem.Status ?? 500;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem });
    }

    private static ProblemDetails ToProblem(Exception exception) => exception switch
    {
        ProblemException known => WithExtensions(Create(known.StatusCode, known.Code, known.Title, known.Message), known.Extensions),
        ValidationException invalid => ValidationProblems.From(invalid.Errors),
        BadHttpRequestException bad => Create(bad.StatusCode, ProblemTypes.ForStatus(bad.StatusCode), "The request is malformed", Describe(bad)),
        DbUpdateConcurrencyException => Create(409, ProblemTypes.ConcurrencyConflict, "Conflict with the current state",
            "The resource was changed by another request; read it again and retry."),
        DbUpdateException db when db.IsUniqueViolation() => Create(409, ProblemTypes.Duplicate, "Conflict with the current state",
            "A resource with the same unique value already exists."),
        _ => Create(500, ProblemTypes.InternalError, "Internal error", "The server could not complete the request."),
    };

    private static string Describe(BadHttpRequestException bad) =>
        bad.StatusCode == StatusCodes.Status413PayloadTooLarge
            ? "The request body is larger than the server accepts."
            : bad.InnerException is System.Text.Json.JsonException json
                ? $"The JSON body could not be read: {FirstSentence(json.Message)}"
                : bad.Message;

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message : message[..(end + 1)];
    }

    internal static ProblemDetails Create(int status, string code, string title, string detail) => new()
    {
        Status = status,
        Type = ProblemTypes.Uri(code),
        Title = title,
        Detail = detail,
        Extensions = { ["code"] = code },
    };

    private static ProblemDetails WithExtensions(ProblemDetails problem, IDictionary<string, object?> extensions)
    {
        foreach (var (key, value) in extensions)
        {
            problem.Extensions[key] = value;
        }

        return problem;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled error on {Method} {Path}")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string method, string path);
}
