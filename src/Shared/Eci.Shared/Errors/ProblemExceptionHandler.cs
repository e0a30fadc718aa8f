using Eci.Shared.Http;
using Eci.Shared.Persistence;
using Eci.Shared.Preconditions;
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
    private const string RetryAfterSeconds = "5";
    private const string MalformedTitle = "The request is malformed";

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is OperationCanceledException && httpContext.RequestAborted.IsCancellationRequested)
        {
            return true;
        }

        var problem = ToProblem(httpContext, exception);
        if (exception is ProblemException { RetryAfter: { } retryAfter })
        {
            httpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        else if (problem.Status == StatusCodes.Status503ServiceUnavailable)
        {
            httpContext.Response.Headers.RetryAfter = RetryAfterSeconds;
        }

        if (problem.Status == StatusCodes.Status503ServiceUnavailable)
        {
            LogUnavailable(logger, httpContext.Request.Method, httpContext.Request.Path, exception.GetType().Name, exception.Message);
        }
        else if (problem.Status >= 500)
        {
            LogUnhandled(logger, exception, httpContext.Request.Method, httpContext.Request.Path);
        }

        httpContext.Response.StatusCode = problem.Status ?? 500;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem });
    }

    /// <summary>
    /// Gives a 400 the framework answered without an exception (no body, status-code pages writing it) the title and
    /// detail the exception path gives, so a value that did not parse is named either way.
    /// </summary>
    public static void CompleteBareBadRequest(ProblemDetailsContext context)
    {
        if (context.Exception is null && context.ProblemDetails is { Status: StatusCodes.Status400BadRequest, Detail: null } problem)
        {
            problem.Title = MalformedTitle;
            problem.Detail = BadRequestDetails.DescribeUnparsedValue(context.HttpContext);
        }
    }

    private static ProblemDetails ToProblem(HttpContext httpContext, Exception exception) => exception switch
    {
        ProblemException known => WithExtensions(Create(known.StatusCode, known.Code, known.Title, known.Message), known.Extensions),
        ValidationException invalid => ValidationProblems.From(invalid.Errors),
        BadHttpRequestException { InnerException: InexactNumberException inexact } => ValidationProblems.From([new(inexact.Path?.TrimStart('$', '.') ?? "body", inexact.Reason)]),
        BadHttpRequestException bad => Create(bad.StatusCode, ProblemTypes.ForStatus(bad.StatusCode), MalformedTitle,
            BadRequestDetails.Describe(httpContext, bad)),
        // A conditional write that lost the race to another: its tag named a state that is gone.
        DbUpdateConcurrencyException when httpContext.Request.Headers.IfMatch.Count > 0 => ToProblem(httpContext, new PreconditionFailedException()),
        DbUpdateConcurrencyException => Create(409, ProblemTypes.ConcurrencyConflict, "Conflict with the current state",
            "The resource was changed by another request; read it again and retry."),
        DbUpdateException db when db.IsUniqueViolation() => Create(409, ProblemTypes.Duplicate, "Conflict with the current state",
            "A resource with the same unique value already exists."),
        _ when exception.IsDatabaseUnavailable() => Create(503, ProblemTypes.DatabaseUnavailable, "Service unavailable",
            "The database cannot be reached right now; retry after the time in Retry-After."),
        _ when exception.IsUnstorableText() => Create(400, ProblemTypes.ForStatus(400), MalformedTitle, "The request holds text that cannot be stored."),
        _ => Create(500, ProblemTypes.InternalError, "Internal error", "The server could not complete the request."),
    };

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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Unavailable on {Method} {Path}: {Error}: {Message}")]
    private static partial void LogUnavailable(ILogger logger, string method, string path, string error, string message);

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled error on {Method} {Path}")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string method, string path);
}
