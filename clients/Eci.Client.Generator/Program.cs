using Eci.Client.Generator;
using NJsonSchema.CodeGeneration.CSharp;
using NSwag;
using NSwag.CodeGeneration.CSharp;
using NSwag.CodeGeneration.OperationNameGenerators;

// Writes the typed client for the OpenAPI document: eci-client-generator <document.json> <output.cs>
if (args.Length != 2)
{
    await Console.Error.WriteLineAsync("usage: Eci.Client.Generator <openapi.json> <output.cs>");
    return 2;
}

var document = await OpenApiDocument.FromFileAsync(args[0]);
var settings = new CSharpClientGeneratorSettings
{
    ClassName = "EciClient",
    GenerateClientInterfaces = true,
    UseBaseUrl = false,
    ExceptionClass = "EciApiException",
    OperationNameGenerator = new SingleClientFromOperationIdOperationNameGenerator(),
    ParameterNameGenerator = new CamelCaseParameterNames(),

    // Free-form JSON (an event's data) is System.Text.Json's own JsonElement, not an empty generated class.
    AdditionalNamespaceUsages = ["System.Text.Json"],
    CSharpGeneratorSettings =
    {
        Namespace = "Eci.Client",
        JsonLibrary = CSharpJsonLibrary.SystemTextJson,
        GenerateNullableReferenceTypes = true,
        GenerateOptionalPropertiesAsNullable = true,
        GenerateDataAnnotations = false,
        ArrayType = "System.Collections.Generic.IReadOnlyList",
        ArrayInstanceType = "System.Collections.Generic.List",
        PropertyNameGenerator = new PascalCasePropertyNames(),
        ExcludedTypeNames = ["JsonElement"],
    },
};

var code = new CSharpClientGenerator(document, settings).GenerateFile();
Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(args[1]))!);
await File.WriteAllTextAsync(args[1], code.ReplaceLineEndings("\n"));
return 0;
