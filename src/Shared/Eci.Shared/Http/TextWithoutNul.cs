using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Eci.Shared.Http;

/// <summary>
/// NUL characters are refused at the door, in query values and in JSON strings alike: PostgreSQL cannot store them
/// in text, and no name, address or id of ours has one.
/// </summary>
public static class TextWithoutNul
{
    public const string Message = "Text may not contain NUL characters (\\u0000).";

    public static IApplicationBuilder UseQueryWithoutNul(this IApplicationBuilder app) =>
        app.Use(static (context, next) =>
        {
            if (context.Request.QueryString.HasValue && HasNul(context.Request.Query))
            {
                throw new BadHttpRequestException(Message, StatusCodes.Status400BadRequest);
            }

            return next(context);
        });

    // Loops rather than LINQ: this runs on every request with a query string.
    private static bool HasNul(IQueryCollection query)
    {
        foreach (var (_, values) in query)
        {
            foreach (var value in values)
            {
                if (value is not null && value.Contains('\0', StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }
}

/// <summary>Reads JSON strings as usual, but refuses one that holds a NUL character.</summary>
public sealed class StringWithoutNulConverter : JsonConverter<string>
{
    public override bool HandleNull => false;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var value = reader.GetString();
        return value is not null && value.Contains('\0', StringComparison.Ordinal) ? throw new JsonException(TextWithoutNul.Message) : value;
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
