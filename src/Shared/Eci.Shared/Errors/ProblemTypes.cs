namespace Eci.Shared.Errors;

/// <summary>The stable problem codes of the API; a problem's <c>type</c> is <c>urn:eci:problem:&lt;code&gt;</c>.</summary>
public static class ProblemTypes
{
    public const string BadRequest = "bad_request";
    public const string ValidationFailed = "validation_failed";
    public const string NotFound = "not_found";
    public const string MethodNotAllowed = "method_not_allowed";
    public const string PayloadTooLarge = "payload_too_large";
    public const string Unauthorized = "unauthorized";
    public const string Forbidden = "forbidden";
    public const string ConcurrencyConflict = "concurrency_conflict";
    public const string Duplicate = "duplicate";
    public const string PreconditionFailed = "precondition_failed";
    public const string UnsupportedMediaType = "unsupported_media_type";
    public const string TooManyRequests = "too_many_requests";
    public const string InvalidCredentials = "invalid_credentials";
    public const string InternalError = "internal_error";
    public const string DatabaseUnavailable = "database_unavailable";
    public const string Overloaded = "overloaded";

    public static string Uri(string code) => "urn:eci:problem:" + code;

    /// <summary>The code for a bare status (a route that does not exist, a wrong method).</summary>
    public static string ForStatus(int status) => status switch
    {
        400 => BadRequest,
        401 => Unauthorized,
        403 => Forbidden,
        404 => NotFound,
        405 => MethodNotAllowed,
        409 => ConcurrencyConflict,
        412 => PreconditionFailed,
        413 => PayloadTooLarge,
        415 => UnsupportedMediaType,
        422 => ValidationFailed,
        429 => TooManyRequests,
        _ => status >= 500 ? InternalError : BadRequest,
    };
}
