using System.Reflection;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Eci.Host.Http;

/// <summary>
/// Our own JSON converters for decimal (exact) and string (no NUL) hide those types from the schema generator, which
/// then describes them as "anything". Says them again, so that the document, and the client generated from it, has
/// numbers and strings: decimals as the "decimal" format, since prices are exact, and strings nullable where the C#
/// member is.
/// </summary>
internal static class ConvertedTypeSchemas
{
    public static Task DescribeAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = context.JsonTypeInfo.Type;
        if (type == typeof(decimal) || type == typeof(decimal?))
        {
            schema.Type = type == typeof(decimal) ? JsonSchemaType.Number : JsonSchemaType.Number | JsonSchemaType.Null;
            schema.Format = "decimal";
        }
        else if (type == typeof(string))
        {
            schema.Type = IsNullable(context.JsonPropertyInfo?.AttributeProvider) ? JsonSchemaType.String | JsonSchemaType.Null : JsonSchemaType.String;
        }

        return Task.CompletedTask;
    }

    private static bool IsNullable(ICustomAttributeProvider? member) => member switch
    {
        PropertyInfo property => new NullabilityInfoContext().Create(property).ReadState == NullabilityState.Nullable,
        FieldInfo field => new NullabilityInfoContext().Create(field).ReadState == NullabilityState.Nullable,
        _ => false,
    };
}
