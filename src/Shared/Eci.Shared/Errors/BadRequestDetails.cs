using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;

namespace Eci.Shared.Errors;

/// <summary>The detail of a 400 from request binding, in the client's terms.</summary>
// The framework's own messages name CLR types and handler parameters, so they are read only to find the parameter.
internal static partial class BadRequestDetails
{
    public const string BodyRequired = "A JSON body is required.";
    private const string Unreadable = "The request could not be read; check its query, route values and body.";

    public static string Describe(HttpContext http, BadHttpRequestException bad) => bad switch
    {
        { StatusCode: StatusCodes.Status413PayloadTooLarge } => "The request body is larger than the server accepts.",
        { InnerException: JsonException { Path: { Length: > 0 } path } } => $"The JSON body could not be read at {path}.",
        { InnerException: JsonException } => "The JSON body could not be read.",
        _ => DescribeParameter(http, bad),
    };

    /// <summary>
    /// The detail of a 400 the framework wrote without an exception: compile-time endpoints answer a query, route or
    /// header value that does not parse into an optional parameter that way. Names the first such value it finds.
    /// </summary>
    public static string DescribeUnparsedValue(HttpContext http)
    {
        foreach (var binding in http.GetEndpoint()?.Metadata.GetOrderedMetadata<IParameterBindingMetadata>() ?? [])
        {
            if (binding.HasTryParse && NameAsSent(binding.ParameterInfo, binding.Name) is var name &&
                ValueSent(http, binding.ParameterInfo, name) is { Length: > 0 } value && !Parses(value, binding.ParameterInfo.ParameterType))
            {
                return NotValid(name);
            }
        }

        return Unreadable;
    }

    private static string NotValid(string nameAsSent) => $"The value of '{nameAsSent}' is missing or not valid.";

    private static string ValueSent(HttpContext http, ParameterInfo parameter, string name) =>
        parameter.GetCustomAttributes().OfType<IFromHeaderMetadata>().Any() ? http.Request.Headers[name].ToString()
        : http.Request.RouteValues.TryGetValue(name, out var route) ? Convert.ToString(route, CultureInfo.InvariantCulture) ?? ""
        : http.Request.Query[name].ToString();

    // As the endpoints parse: an enum by name, any other type by its static TryParse, with the invariant culture.
    private static bool Parses(string value, Type type)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        if (target.IsEnum)
        {
            return Enum.TryParse(target, value, ignoreCase: true, out _);
        }

        var withCulture = target.GetMethod("TryParse", BindingFlags.Public | BindingFlags.Static, [typeof(string), typeof(IFormatProvider), target.MakeByRefType()]);
        if (withCulture is not null)
        {
            return (bool)withCulture.Invoke(null, [value, CultureInfo.InvariantCulture, null])!;
        }

        var plain = target.GetMethod("TryParse", BindingFlags.Public | BindingFlags.Static, [typeof(string), target.MakeByRefType()]);
        return plain is null || (bool)plain.Invoke(null, [value, null])!;
    }

    private static string DescribeParameter(HttpContext http, BadHttpRequestException bad)
    {
        var endpoint = http.Features.Get<IExceptionHandlerFeature>()?.Endpoint ?? http.GetEndpoint();
        var parameter = FailedParameter().Match(bad.Message) is { Success: true } match
            ? endpoint?.Metadata.GetMetadata<MethodInfo>()?.GetParameters().FirstOrDefault(p => p.Name == match.Groups["name"].Value)
            : null;
        if (parameter?.Name is not { } name)
        {
            return Unreadable;
        }

        if (endpoint!.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType == parameter.ParameterType)
        {
            return BodyRequired;
        }

        return NotValid(NameAsSent(parameter, name));
    }

    /// <summary>The query, route or header name the client used: the attribute's name, else the parameter's own.</summary>
    private static string NameAsSent(ParameterInfo parameter, string name) =>
        parameter.GetCustomAttributes().Select(a => a switch
        {
            IFromQueryMetadata query => query.Name,
            IFromRouteMetadata route => route.Name,
            IFromHeaderMetadata header => header.Name,
            _ => null,
        }).FirstOrDefault(n => n is not null) ?? name;

    // The framework quotes the failed parameter as "Type name" or "name", e.g. Failed to bind parameter "int? page" from "x".
    [GeneratedRegex("""parameter "(?:[^"]*\s)?(?<name>\w+)"$?""")]
    private static partial Regex FailedParameter();
}
