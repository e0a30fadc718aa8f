using NJsonSchema;
using NJsonSchema.CodeGeneration;

namespace Eci.Client.Generator;

/// <summary>Names a model's property <c>IsActive</c> for the wire's <c>is_active</c>; the JSON name stays as it is.</summary>
internal sealed class PascalCasePropertyNames : IPropertyNameGenerator
{
    public string Generate(JsonSchemaProperty property) => SnakeCase.ToPascal(property.Name);
}
