using NSwag;
using NSwag.CodeGeneration;

namespace Eci.Client.Generator;

/// <summary>Names a method's parameter <c>pageSize</c> for the query's <c>page_size</c>.</summary>
internal sealed class CamelCaseParameterNames : IParameterNameGenerator
{
    public string Generate(OpenApiParameter parameter, IEnumerable<OpenApiParameter> allParameters) =>
        parameter.Kind == OpenApiParameterKind.Body ? "body" : SnakeCase.ToCamel(parameter.Name);
}
